import type { ApiErrorShape, Result } from '../../shared/api/errors';

export type SaveState =
  { kind: 'saved' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'failed'; error: ApiErrorShape };

export interface AutosaveOptions {
  /** Sends the current article; called with no argument so it always reads the latest text. */
  save: () => Promise<Result<unknown>>;
  onState: (state: SaveState) => void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Longest an unsaved change waits while the editor keeps typing. */
  maxWaitMs?: number;
}

const SAVING_SHOWN_AFTER_MS = 300;

/**
 * Debounced autosave that never blocks typing: changes only mark the article dirty; one save runs
 * at a time, and changes made during it are saved right after. `flush` (Ctrl/Cmd+S, blur, close)
 * saves at once and resolves when everything typed so far is committed — or has failed.
 */
export class Autosave {
  private dirty = false;
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstChangeAt = 0;
  private stopped = false;
  /** Deleted here or kept as a new article: nothing typed from now on is this article's to save. */
  private discarded = false;
  /** A delete is on its way: no save starts (it would race the delete, or recreate a NOT_FOUND). */
  private held = false;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  /** The kind of state last told. */
  private told: SaveState['kind'] = 'saved';

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? 800;
    this.maxWaitMs = options.maxWaitMs ?? 5_000;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  markDirty(): void {
    if (this.discarded) return;
    // Stopped by a refusal: what is typed still counts as unsaved (leaving asks), though none is sent.
    if (this.stopped) return void (this.dirty = true);
    const now = Date.now();
    if (!this.dirty) this.firstChangeAt = now;
    this.dirty = true;
    if (!this.inFlight) this.tell({ kind: 'dirty' });
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.firstChangeAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.stopped || this.held) return;
    this.dirty = false;
    this.inFlight = this.run();
    const saved = await this.inFlight.finally(() => {
      this.inFlight = null;
    });
    // Changes typed while that save ran go out now; a failed save waits for the next edit or Ctrl+S.
    if (saved && this.dirty) await this.flush();
  }

  /** Stops saving (e.g. after a conflict) until the article is reloaded. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /**
   * The store refused the article before anything here was unsaved (it was deleted in another window):
   * the state a refused save leaves, told at once rather than at the first key.
   */
  refuse(error: ApiErrorShape): void {
    this.stop();
    this.tell({ kind: 'failed', error });
  }

  /** Holds saving while the article is deleted: a save on its way is waited for, and none starts. */
  async hold(): Promise<void> {
    this.held = true;
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
  }

  /** The delete was refused: saving goes on, and what is unsaved goes out as it would have. */
  release(): void {
    this.held = false;
    if (this.dirty) void this.flush();
  }

  /** The article is deleted: nothing left to save, and nothing counts as unsaved (leaving asks nothing). */
  discard(): void {
    this.stop();
    this.discarded = true;
    this.dirty = false;
  }

  private async run(): Promise<boolean> {
    // "Saving…" only for a save that takes a while: a quick one goes from unsaved to saved without a
    // flicker, and without one more render (of a long article) in the task that starts the save.
    const saving = setTimeout(() => this.tell({ kind: 'saving' }), SAVING_SHOWN_AFTER_MS);
    const result = await this.options.save().finally(() => clearTimeout(saving));
    if (result.ok) {
      if (!this.dirty) this.tell({ kind: 'saved' });
      return true;
    }
    // The change is still unsaved: keep it dirty so the next edit, blur or Ctrl+S tries again.
    this.dirty = true;
    if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') this.stop();
    this.tell({ kind: 'failed', error: result.error });
    return false;
  }

  /**
   * Tells the state, but not "dirty" again while it is: each key press marks the article changed, and
   * those who show the state (the status line, the sources panel) would render again at every key.
   */
  private tell(state: SaveState): void {
    if (state.kind === 'dirty' && this.told === 'dirty') return;
    this.told = state.kind;
    this.options.onState(state);
  }
}
