import { afterEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from '../../../../renderer/articles/autosave';
import type { Result } from '../../../../shared/api/errors';

afterEach(() => vi.useRealTimers());

/** An autosave whose saves finish when the test says so; every state it reports is kept. */
function autosaveWithSaves() {
  const states: SaveState['kind'][] = [];
  const finish: Array<(result: Result<unknown>) => void> = [];
  const autosave = new Autosave({
    save: () => new Promise((resolve) => finish.push(resolve)),
    onState: (state) => states.push(state.kind),
  });
  return { autosave, states, finish };
}

describe('Autosave', () => {
  it('goes from unsaved to saved without showing "Saving…" when the save is quick', async () => {
    vi.useFakeTimers();
    const { autosave, states, finish } = autosaveWithSaves();
    autosave.markDirty();
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(50);
    finish[0]!({ ok: true, value: null });
    await flushed;
    expect(states).toEqual(['dirty', 'saved']);
  });

  it('shows "Saving…" for a save that takes a while, then saved', async () => {
    vi.useFakeTimers();
    const { autosave, states, finish } = autosaveWithSaves();
    autosave.markDirty();
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(400);
    expect(states).toEqual(['dirty', 'saving']);
    finish[0]!({ ok: true, value: null });
    await flushed;
    expect(states).toEqual(['dirty', 'saving', 'saved']);
  });

  it('reports a failed save at once, keeps the change unsaved and never shows "Saving…" after it', async () => {
    vi.useFakeTimers();
    const { autosave, states, finish } = autosaveWithSaves();
    autosave.markDirty();
    const flushed = autosave.flush();
    finish[0]!({
      ok: false,
      error: { code: 'INTERNAL', message: 'Redaksi’s service could not be reached.' },
    });
    await flushed;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states).toEqual(['dirty', 'failed']);
    expect(autosave.hasUnsavedChanges).toBe(true);
  });

  it('refused before anything was typed, it says so at once, sends nothing, and counts what is typed next as unsaved', async () => {
    const { autosave, states, finish } = autosaveWithSaves();
    const gone = {
      code: 'NOT_FOUND',
      message: 'This article no longer exists.',
      details: { id: 'a1' },
    } as const;
    autosave.refuse(gone);
    expect(states).toEqual(['failed']);
    expect(autosave.hasUnsavedChanges).toBe(false);
    autosave.markDirty();
    await autosave.flush();
    expect(finish).toHaveLength(0);
    expect(states).toEqual(['failed']);
    expect(autosave.hasUnsavedChanges).toBe(true);
  });

  it('once discarded (deleted here, or kept as a new article), nothing typed counts as unsaved', () => {
    const { autosave } = autosaveWithSaves();
    autosave.discard();
    autosave.markDirty();
    expect(autosave.hasUnsavedChanges).toBe(false);
  });
});
