import { changeKind, FieldHistory } from './fieldHistory';
import { undoKey } from './undoKeys';
import { hasOwnUndo, registerUndo, undoRuns, type UndoStep } from './undoTargets';

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

/** The text field `target` is, if it is one this module keeps the history of. */
function plainField(target: EventTarget | null): TextField | null {
  const field =
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && TEXT_TYPES.has(target.type))
      ? target
      : null;
  if (!field || field.readOnly || field.disabled) return null;
  // A field with a history of its own (PlainText) keeps it, even one that registered it after its
  // first focus (a field focused as it appears, before its effects ran).
  if (!hasOwnUndo(field)) return field;
  const ours = kept.get(field);
  return ours && undoRuns(field, ours.step) ? field : null;
}

/** The text the field's owner sees as typed: set past React's own value tracking, then announced. */
function putBack(field: TextField, value: string, step: UndoStep): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
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
  if (field.value === history.value) return;
  // Left for another window, the field is still the page's active element: it is being left all the same.
  if (leaving.has(field)) history.tidy(field.value);
  else if (field === field.ownerDocument.activeElement)
    history.record(field.value, 'other', field.selectionEnd ?? field.value.length, Date.now());
  else history.restart(field.value);
}

/**
 * Tells the field's history at once that its owner changed its text (each of several changes in a
 * row is then a step of its own: Use headline, then the store's "-2"). Without it the history learns
 * of a change at the next key, at the focus, or as the field is left.
 */
export function syncFieldUndo(field: TextField): void {
  if (plainField(field)) catchUp(field, keptFor(field).history);
}

const onFocusIn = (event: FocusEvent): void => {
  const field = plainField(event.target);
  if (!field) return;
  // Back in it at once (Use headline gives the slug the focus back): it is no longer being left.
  leaving.delete(field);
  const { history } = keptFor(field);
  if (field.value !== history.value) history.restart(field.value);
};

const onBeforeInput = (event: InputEvent): void => {
  const field = plainField(event.target);
  if (field) catchUp(field, keptFor(field).history);
};

const onInput = (event: Event): void => {
  if (stepping) return;
  const field = plainField(event.target);
  if (!field) return;
  const inputType = event instanceof InputEvent ? event.inputType : '';
  const caret = field.selectionEnd ?? field.value.length;
  keptFor(field).history.record(field.value, changeKind(inputType), caret, Date.now());
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
  if (field.value !== history.value)
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
 * Every text field of the page without a history of its own (the article's one-line fields, the
 * sources' fields, searches, dialogs' fields, Settings, the photo desk's bulk edit) gets one:
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
