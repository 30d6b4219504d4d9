import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { changeKind, FieldHistory } from './fieldHistory';
import { undoKey } from './undoKeys';
import { registerUndo, type UndoStep } from './undoTargets';

/** A field typed into: a one-line input, or a textarea (a source's notes). */
type TextField = HTMLInputElement | HTMLTextAreaElement;

export interface FieldUndo {
  /**
   * The field now shows `value`. When that is not what its history holds — a change made from
   * outside (the desk's spelling, a chosen suggestion, Use headline) — it is one undo step if the
   * field has the focus; without it, the history starts again from there.
   */
  sync(value: string): void;
}

/**
 * A plain text field's own undo (FieldHistory): Ctrl/Cmd+Z undoes this field's last burst of typing or
 * its last change from outside, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, and so do the Edit menu's Undo and
 * Redo. The browser's undo is page-wide: typed into after the headline or the slug, a field's Ctrl+Z
 * reached the text typed elsewhere (which the page then refused), and never came back to its own.
 * `onStep` hears the text an undo or redo put in the field (the field already shows it).
 */
export function useFieldUndo(
  field: RefObject<TextField | null>,
  initial: string,
  onStep: (value: string, step: UndoStep) => void,
): FieldUndo {
  const [history] = useState(() => new FieldHistory(initial));
  // The callback of the last render, set before any key can reach the field.
  const latest = useRef(onStep);
  useLayoutEffect(() => {
    latest.current = onStep;
  });

  useEffect(() => {
    const input = field.current;
    if (!input) return;
    const step = (which: UndoStep) => {
      const restored = which === 'undo' ? history.undo() : history.redo();
      if (!restored) return;
      input.value = restored.value;
      input.setSelectionRange(restored.start, restored.end);
      latest.current(restored.value, which);
    };
    const onInput = (event: Event) => {
      const inputType = event instanceof InputEvent ? event.inputType : '';
      const caret = input.selectionEnd ?? input.value.length;
      history.record(input.value, changeKind(inputType), caret, Date.now());
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const which = undoKey(event);
      if (!which) return;
      event.preventDefault();
      step(which);
    };
    const onBlur = () => history.endBurst();
    // As an element: an input's and a textarea's listener types do not combine.
    const element: HTMLElement = input;
    element.addEventListener('input', onInput);
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('blur', onBlur);
    const unregister = registerUndo(input, step, () => ({ undo: history.canUndo, redo: history.canRedo }));
    return () => {
      element.removeEventListener('input', onInput);
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('blur', onBlur);
      unregister();
    };
  }, [field, history]);

  const [undo] = useState<FieldUndo>(() => ({
    sync: (value: string) => {
      if (value === history.value) return;
      const input = field.current;
      if (input && input === input.ownerDocument.activeElement)
        history.record(value, 'other', input.selectionEnd ?? value.length, Date.now());
      else history.restart(value);
    },
  }));
  return undo;
}

/**
 * useFieldUndo for a field whose text React holds (`value={…}`): returns the ref to give the input.
 * What React writes into it from outside typing (a tidy on leaving, a chosen suggestion) is synced.
 */
export function useControlledFieldUndo<T extends TextField = HTMLInputElement>(
  value: string,
  onStep: (value: string) => void,
) {
  const ref = useRef<T>(null);
  const undo = useFieldUndo(ref, value, onStep);
  useLayoutEffect(() => undo.sync(value), [value, undo]);
  return ref;
}
