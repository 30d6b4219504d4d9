import { describe, expect, it } from 'vitest';
import { BURST_PAUSE_MS, changeKind, FieldHistory } from '../../../../renderer/app/fieldHistory';

/** Types `text` one key at a time from the end of what the history holds, `gap` ms apart. */
function type(history: FieldHistory, text: string, at: number, gap = 50): number {
  let now = at;
  for (const char of text) {
    const value = history.value + char;
    history.record(value, 'type', value.length, now);
    now += gap;
  }
  return now;
}

describe('a field’s own undo history', () => {
  it('undoes a burst of typing as one step, and a pause starts the next burst', () => {
    const history = new FieldHistory('Banjir');
    const now = type(history, ' di Medan', 1_000);
    type(history, ' meluas', now + BURST_PAUSE_MS);
    expect(history.undo()).toEqual({ value: 'Banjir di Medan', start: 15, end: 15 });
    expect(history.undo()).toEqual({ value: 'Banjir', start: 6, end: 6 });
    expect(history.undo()).toBeNull();
    expect(history.redo()?.value).toBe('Banjir di Medan');
    expect(history.redo()?.value).toBe('Banjir di Medan meluas');
    expect(history.redo()).toBeNull();
  });

  it('keeps typing, deleting and a paste apart, and selects what an undone deletion puts back', () => {
    const history = new FieldHistory('');
    type(history, 'Gempa bumi', 0);
    history.record('Gempa bu', 'delete', 8, 600);
    history.record('Gempa b', 'delete', 7, 650);
    history.record('Gempa b kuat', 'other', 12, 700); // a paste
    expect(history.undo()).toEqual({ value: 'Gempa b', start: 7, end: 7 });
    expect(history.undo()).toEqual({ value: 'Gempa bumi', start: 7, end: 10 });
    expect(history.undo()).toEqual({ value: '', start: 0, end: 0 });
  });

  it('starts a new step when typing moves to another place in the text', () => {
    const history = new FieldHistory('Medan');
    history.record('Medan!', 'type', 6, 0);
    history.record('xMedan!', 'type', 1, 50); // the caret was clicked to the start
    expect(history.undo()?.value).toBe('Medan!');
    expect(history.undo()?.value).toBe('Medan');
  });

  it('drops what could be redone once something new is typed, and never merges into an undone step', () => {
    const history = new FieldHistory('a');
    history.record('ab', 'type', 2, 0);
    history.undo();
    history.record('ac', 'type', 2, 10);
    expect(history.redo()).toBeNull();
    history.record('acd', 'type', 3, 20);
    expect(history.undo()?.value).toBe('a');
    history.redo();
    history.record('acde', 'type', 4, 30); // typed right after a redo: a step of its own
    expect(history.undo()?.value).toBe('acd');
  });

  it('ends a burst when the field loses the focus, however soon the typing goes on', () => {
    const history = new FieldHistory('Warga');
    type(history, ' pergi', 0);
    history.endBurst();
    type(history, ' jauh', 400);
    expect(history.undo()?.value).toBe('Warga pergi');
  });

  it('ignores a record that changes nothing', () => {
    const history = new FieldHistory('Sama');
    history.record('Sama', 'other', 4, 0);
    expect(history.undo()).toBeNull();
  });

  it('starts again from a text put in from elsewhere: nothing before it is undone', () => {
    const history = new FieldHistory('');
    type(history, 'ekonomi', 0);
    history.restart('Ekonomi');
    expect(history.value).toBe('Ekonomi');
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBeNull();
    type(history, ' bisnis', 5_000);
    expect(history.undo()).toEqual({ value: 'Ekonomi', start: 7, end: 7 });
  });

  it('takes a tidy made as the field is left into the last step: one undo takes back the typing, redo brings back the tidy text', () => {
    const history = new FieldHistory('Rina');
    type(history, ', Budi ', 0);
    history.endBurst();
    history.tidy('Rina, Budi');
    expect(history.value).toBe('Rina, Budi');
    expect(history.undo()?.value).toBe('Rina');
    expect(history.redo()).toEqual({ value: 'Rina, Budi', start: 4, end: 10 });
    expect(history.canRedo).toBe(false);
  });

  it('groups typing and deleting by the input event that made them; anything else stands alone', () => {
    expect(changeKind('insertText')).toBe('type');
    expect(changeKind('insertCompositionText')).toBe('type');
    expect(changeKind('deleteContentBackward')).toBe('delete');
    expect(changeKind('deleteWordForward')).toBe('delete');
    expect(changeKind('insertFromPaste')).toBe('other');
    // A spelling correction is an undo step of its own, not part of the typing before it.
    expect(changeKind('insertReplacementText')).toBe('other');
    expect(changeKind('deleteByCut')).toBe('other');
    expect(changeKind('')).toBe('other');
  });
});
