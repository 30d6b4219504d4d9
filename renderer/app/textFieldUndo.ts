import { changeKind, FieldHistory } from './fieldHistory';
import { undoKey } from './undoKeys';
import { HISTORY_CHANGED, registerUndo, type UndoStep } from './undoTargets';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Input types whose text can be undone and whose caret can be placed (not email or number). */
const TEXT_TYPES = new Set(['text', 'search', 'url', 'tel']);

interface Kept {
  history: FieldHistory;
  step: (which: UndoStep) => void;
}
const kept = new WeakMap<TextField, Kept>();

/** Set while an undo or redo tells the field's owner about the text it put back. */
let stepping = false;
/** The fields being left, until the changes their owners make as they are left have landed. */
const leaving = new WeakSet<TextField>();
/** The fields the browser's own undo changed, until their text is put back (`browserUndid`). */
const restoring = new WeakSet<TextField>();

/** The text field `target` is, if it is one this module keeps the history of. */
function plainField(target: EventTarget | null): TextField | null {
  const field =
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && TEXT_TYPES.has(target.type))
      ? target
      : null;
  return !field || field.readOnly || field.disabled ? null : field;
}

/** Tells what shows the field's Undo and Redo (the editor's toolbar, for a caption) to look again. */
const told = (field: TextField): boolean =>
  field.dispatchEvent(new Event(HISTORY_CHANGED, { bubbles: true }));

/** Sets the field's text past React's own value tracking (React then sees the next input event's text as new). */
function setValue(field: TextField, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

/** The text the field's owner sees as typed: set past React's own value tracking, then announced. */
function putBack(field: TextField, value: string, step: UndoStep): void {
  setValue(field, value);
  stepping = true;
  try {
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: step === 'undo' ? 'historyUndo' : 'historyRedo' }),
    );
  } finally {
    stepping = false;
  }
}

/** The field's history, begun from the text it shows when first reached. */
function keptFor(field: TextField): Kept {
  const known = kept.get(field);
  if (known) return known;
  const history = new FieldHistory(field.value);
  const step = (which: UndoStep) => {
    catchUp(field, history);
    const restored = which === 'undo' ? history.undo() : history.redo();
    if (!restored) return;
    putBack(field, restored.value, which);
    field.setSelectionRange(restored.start, restored.end);
    told(field);
  };
  const fresh = { history, step };
  kept.set(field, fresh);
  // The Edit menu's Undo and Redo, and the browser's own undo (a context menu), reach the same step.
  registerUndo(field, step, () => ({ undo: history.canUndo, redo: history.canRedo }));
  return fresh;
}

/**
 * The field shows text its history does not hold: its owner changed it (a search cleared, a
 * suggestion chosen, a tidy on leaving). With the focus in it that change is an undo step of its own;
 * made as the field is left, it is the last step tidied; else (the field's text replaced from
 * elsewhere) the history starts again from the text shown.
 */
function catchUp(field: TextField, history: FieldHistory): void {
  if (field.value === history.value || restoring.has(field)) return;
  // Left for another window, the field is still the page's active element: it is being left all the same.
  if (leaving.has(field)) history.tidy(field.value);
  else if (field === field.ownerDocument.activeElement)
    history.record(field.value, 'other', field.selectionEnd ?? field.value.length, Date.now());
  else history.restart(field.value);
  told(field);
}

/**
 * Tells the field's history at once that its owner changed its text (each of several changes in a
 * row is then a step of its own: Use headline, then the store's "-2"). Without it the history learns
 * of a change at the next key, at the focus, or as the field is left.
 */
export function syncFieldUndo(field: TextField): void {
  if (plainField(field)) catchUp(field, keptFor(field).history);
}

/**
 * Ends the burst being typed in the field: what its owner puts in next (a paste it types in itself)
 * is an undo step of its own, as a paste the browser makes is.
 */
export function endFieldBurst(field: TextField): void {
  if (plainField(field)) keptFor(field).history.endBurst();
}

/**
 * Tells the field's history that its owner has just amended the text typed (a line break made a
 * space): the amended text is the step's, so an undo never brings back what the field refused.
 */
export function amendFieldUndo(field: TextField): void {
  if (plainField(field)) keptFor(field).history.tidy(field.value);
}

/** Where the focus is as its events last said (the browser's own undo moves it before they say so). */
let focusedLast: EventTarget | null = null;

const onFocusIn = (event: FocusEvent): void => {
  focusedLast = event.target;
  const field = plainField(event.target);
  if (!field) return;
  // Back in it at once (Use headline gives the slug the focus back): it is no longer being left.
  leaving.delete(field);
  const { history } = keptFor(field);
  if (field.value !== history.value && !restoring.has(field)) history.restart(field.value);
};

const onBeforeInput = (event: InputEvent): void => {
  const field = plainField(event.target);
  if (field) catchUp(field, keptFor(field).history);
};

/**
 * The browser's own undo (a context menu's, or the page-wide one of an element without a history)
 * reached the field typed in last, whichever has the focus: its owner is not told, and once the
 * browser is done (a text set during its undo does not stay) the field gets its text back. If the
 * undo pulled the focus here from elsewhere, the focus goes back; if the field had it, the field
 * takes its own step instead.
 */
function browserUndid(field: TextField, which: UndoStep): void {
  const { history, step } = keptFor(field);
  const from = focusedLast !== field && focusedLast instanceof HTMLElement ? focusedLast : null;
  // The focus the undo brings here (and takes away) comes after this event: the text it left is no
  // change of the field's own, to start its history again with or to record.
  restoring.add(field);
  window.setTimeout(() => {
    restoring.delete(field);
    const caret = Math.min(field.selectionEnd ?? 0, history.value.length);
    setValue(field, history.value);
    field.setSelectionRange(caret, caret);
    if (from) from.focus();
    else if (field === field.ownerDocument.activeElement) step(which);
  });
}

const onInput = (event: Event): void => {
  if (stepping) return;
  const field = plainField(event.target);
  if (!field) return;
  const inputType = event instanceof InputEvent ? event.inputType : '';
  if (inputType === 'historyUndo' || inputType === 'historyRedo') {
    event.stopImmediatePropagation();
    browserUndid(field, inputType === 'historyUndo' ? 'undo' : 'redo');
    return;
  }
  const caret = field.selectionEnd ?? field.value.length;
  keptFor(field).history.record(field.value, changeKind(inputType), caret, Date.now());
  told(field);
};

const onKeyDown = (event: KeyboardEvent): void => {
  const which = undoKey(event);
  // Mid-composition the text belongs to the input method.
  if (!which || event.isComposing) return;
  const field = plainField(event.target);
  if (!field) return;
  event.preventDefault();
  keptFor(field).step(which);
};

const onFocusOut = (event: FocusEvent): void => {
  const field = plainField(event.target);
  const history = field && kept.get(field)?.history;
  if (!field || !history) return;
  // A change its owner made while the field had the focus (a suggestion chosen) is a step of its own,
  // before the tidy on leaving is folded into it: this listener runs before the owner's blur.
  if (field.value !== history.value && !restoring.has(field))
    history.record(field.value, 'other', field.selectionEnd ?? field.value.length, Date.now());
  history.endBurst();
  // The owner's tidy on leaving lands before the next task (React renders a blur's change at once).
  leaving.add(field);
  window.setTimeout(() => {
    if (plainField(field)) catchUp(field, history);
    leaving.delete(field);
  });
};

let installed = false;

/**
 * Every text field of the page (the article's fields, a photo's caption, credit and alt text, the
 * sources' fields, searches, dialogs' fields, Settings, the photo desk's bulk edit) gets a history:
 * Ctrl/Cmd+Z undoes that field's last burst of typing, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, and so do
 * the Edit menu's Undo and Redo. The browser's undo is page-wide: after typing elsewhere, a field's
 * Ctrl+Z reached that other text (which the page refuses) and did nothing. The text an undo puts
 * back reaches the field's owner as an input event, as typing does.
 */
export function installTextFieldUndo(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('focusin', onFocusIn, true);
  window.addEventListener('beforeinput', onBeforeInput, true);
  window.addEventListener('input', onInput, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('focusout', onFocusOut, true);
}
