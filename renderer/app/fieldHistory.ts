/** How a field's text came to change: typing and deleting group into bursts; anything else stands alone. */
export type ChangeKind = 'type' | 'delete' | 'other';

const KINDS: Record<string, ChangeKind> = {
  insertText: 'type',
  insertCompositionText: 'type',
  deleteContentBackward: 'delete',
  deleteContentForward: 'delete',
  deleteWordBackward: 'delete',
  deleteWordForward: 'delete',
};

/**
 * The kind of change an input event's `inputType` makes: a paste, a cut, a drop, a spelling correction
 * or a suggestion chosen from a list (insertReplacementText) stands alone.
 */
export const changeKind = (inputType: string): ChangeKind => KINDS[inputType] ?? 'other';

/** A pause this long ends a burst of typing: the next keys are a new undo step. */
export const BURST_PAUSE_MS = 600;
const MAX_STEPS = 200;

/** Where the text a step restores differs from the text it replaces: the caret or selection to show. */
export interface Restored {
  value: string;
  start: number;
  end: number;
}

interface Step {
  value: string;
  kind: ChangeKind;
  /** Where the caret was after the change (the next typing continues a burst only from there). */
  caret: number;
  at: number;
}

/** The stretch of `next` that differs from `previous`, found by their common start and end. */
function changedStretch(previous: string, next: string): { start: number; end: number } {
  let start = 0;
  const shorter = Math.min(previous.length, next.length);
  while (start < shorter && previous[start] === next[start]) start += 1;
  let tail = 0;
  while (tail < shorter - start && previous[previous.length - 1 - tail] === next[next.length - 1 - tail])
    tail += 1;
  return { start, end: next.length - tail };
}

/**
 * One text field's own undo history, so Ctrl+Z in a field undoes that field's last burst of typing —
 * never the article body or another field, as the browser's page-wide undo does. Typing (or deleting)
 * in one run, without a pause or a caret jump, is one step; a paste, a cut or a change from outside
 * is a step of its own.
 */
export class FieldHistory {
  private steps: Step[];
  private index = 0;

  constructor(value: string) {
    this.steps = [{ value, kind: 'other', caret: value.length, at: 0 }];
  }

  get value(): string {
    return this.steps[this.index]!.value;
  }

  get canUndo(): boolean {
    return this.index > 0;
  }

  get canRedo(): boolean {
    return this.index < this.steps.length - 1;
  }

  /** Records the field's text after a change; `caret` is where the caret is now. */
  record(value: string, kind: ChangeKind, caret: number, now: number): void {
    const current = this.steps[this.index]!;
    if (value === current.value) return;
    this.steps.length = this.index + 1; // a new change drops what could have been redone
    const continues =
      kind !== 'other' &&
      kind === current.kind &&
      now - current.at < BURST_PAUSE_MS &&
      // Typing continues from the caret the last key left; a click elsewhere starts a new step.
      Math.abs(caret - current.caret) <= Math.abs(value.length - current.value.length) &&
      this.index > 0;
    if (continues) {
      this.steps[this.index] = { value, kind, caret, at: now };
      return;
    }
    this.steps.push({ value, kind, caret, at: now });
    if (this.steps.length > MAX_STEPS) this.steps.shift();
    this.index = this.steps.length - 1;
  }

  /** Forgets every step: the history starts again from `value` (the field's text replaced from elsewhere). */
  restart(value: string): void {
    this.steps = [{ value, kind: 'other', caret: value.length, at: 0 }];
    this.index = 0;
  }

  /**
   * The text now shown is the last step's, tidied by the field's owner (a trailing comma or space
   * dropped as the field was left, a line break typed into a one-line field made a space): no step
   * of its own, so Ctrl+Z takes back the typing at once, and the untidy text is never shown again.
   */
  tidy(value: string): void {
    const current = this.steps[this.index]!;
    this.steps[this.index] = { ...current, value, caret: Math.min(current.caret, value.length) };
  }

  /** Ends the burst being typed (the field lost the focus): the next keys are a step of their own. */
  endBurst(): void {
    this.seal();
  }

  /** The text before the last step, with the stretch it puts back selected; null when none is left. */
  undo(): Restored | null {
    if (this.index === 0) return null;
    const from = this.value;
    this.index -= 1;
    return this.restore(from);
  }

  /** The text of the step undone last, again; null when nothing was undone. */
  redo(): Restored | null {
    if (this.index === this.steps.length - 1) return null;
    const from = this.value;
    this.index += 1;
    return this.restore(from);
  }

  private restore(from: string): Restored {
    const value = this.value;
    // The restored step's text is new again: the next key starts a step of its own.
    this.seal();
    return { value, ...changedStretch(from, value) };
  }

  private seal(): void {
    this.steps[this.index] = { ...this.steps[this.index]!, at: -Infinity };
  }
}
