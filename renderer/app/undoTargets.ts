export type UndoStep = 'undo' | 'redo';

/** Elements that keep their own undo history: the text fields (textFieldUndo) and the body's editor. */
const targets = new WeakMap<Element, (step: UndoStep) => void>();
/** What a field's own history can do now, for the buttons that undo in it (the editor's toolbar). */
export interface UndoAbility {
  undo: boolean;
  redo: boolean;
}
const abilities = new WeakMap<Element, () => UndoAbility>();
/** Fired (bubbling) on a field whose history changed, so buttons showing what it can do look again. */
export const HISTORY_CHANGED = 'rx-history-changed';

/**
 * The browser's undo is page-wide: its Edit menu, or Ctrl+Z in a field that keeps no history of its
 * own, reaches whichever element was typed in last. Here an undo goes to the focused element's own
 * history, if it keeps one, and never to an element without the focus.
 */
function routeUndo(event: InputEvent): void {
  if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
  const active = document.activeElement;
  const run = active ? targets.get(active) : undefined;
  const target: unknown = event.target;
  // Not for the focus: an element outside it, or one with its own history inside it (a caption in the body).
  const elsewhere =
    !active ||
    !(target instanceof HTMLElement) ||
    !active.contains(target) ||
    (target !== active && targets.has(target));
  if (!run && !elsewhere) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  run?.(event.inputType === 'historyUndo' ? 'undo' : 'redo');
}
let routing = false;

/** Gives `element` its own undo; returns the function that takes it back. */
export function registerUndo(
  element: Element,
  run: (step: UndoStep) => void,
  ability?: () => UndoAbility,
): () => void {
  targets.set(element, run);
  if (ability) abilities.set(element, ability);
  if (!routing) {
    routing = true;
    window.addEventListener('beforeinput', routeUndo, true);
  }
  return () => {
    targets.delete(element);
    abilities.delete(element);
  };
}

/** What the focused field's own history can do, if the focus is in such a field inside `within`; else null. */
export function focusedFieldAbility(within: Element | null): UndoAbility | null {
  const active = document.activeElement;
  const ability = active && within?.contains(active) ? abilities.get(active) : undefined;
  return ability ? ability() : null;
}

/**
 * Undoes or redoes in the focused element's own history, if it is inside `within` (a photo's caption
 * in the body, for the editor's toolbar, whose buttons leave the focus where it was); false otherwise.
 */
export function undoInField(step: UndoStep, within: Element | null): boolean {
  const active = document.activeElement;
  const run = active && within?.contains(active) ? targets.get(active) : undefined;
  run?.(step);
  return run !== undefined;
}

/**
 * The Edit menu's Undo and Redo (the desktop app's menu sends them here): the focused element's own
 * history, else the browser's undo (a number field).
 */
export function undoFocused(step: UndoStep): void {
  if (undoInField(step, document.body)) return;
  document.execCommand(step);
}
