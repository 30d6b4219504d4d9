import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';

/**
 * Where a caret at `at` in `before` stands in `after`, when `after` is `before` respelled (other
 * capitals, spaces tidied): after as many letters as before, and after a space if it stood after one.
 */
export function caretAfterChange(before: string, at: number, after: string): number {
  const letters = before.slice(0, at).replace(/\s/g, '').length;
  const afterSpace = at > 0 && /\s/.test(before[at - 1]!);
  let index = 0;
  for (let seen = 0; index < after.length && seen < letters; index += 1)
    if (!/\s/.test(after[index]!)) seen += 1;
  if (afterSpace && index < after.length && /\s/.test(after[index]!)) index += 1;
  return Math.min(index, after.length);
}

/**
 * Puts `value` in the focused `field` as typing would: one step of the field's undo (the browser's
 * own), with the caret kept between the same letters. Set by script instead, the field would lose its
 * undo history — Ctrl+Z would take back neither the new spelling nor the typing before it — and the
 * caret would jump to the end. `editing` is set meanwhile: the input event this fires is not typing.
 */
function editInto(field: HTMLInputElement, value: string, editing: { current: boolean }): void {
  const before = field.value;
  const start = field.selectionStart ?? before.length;
  const end = field.selectionEnd ?? start;
  editing.current = true;
  try {
    field.select();
    // Deprecated, yet still the one way a script edits a field on its undo history.
    document.execCommand('insertText', false, value);
  } finally {
    editing.current = false;
  }
  // A browser that would not edit it (or cut it at maxLength) still shows the value, without the undo step.
  if (field.value !== value) field.value = value;
  field.setSelectionRange(caretAfterChange(before, start, value), caretAfterChange(before, end, value));
}

/**
 * A one-line field whose value may be replaced from outside while the editor is in it — the store's
 * spelling of what was typed ("olahraga" filed as the desk's "Olahraga") arriving after a save. React
 * never writes the field's value (that would wipe its undo history and move the caret): a new value
 * goes into the focused field as an edit Ctrl+Z takes back (editInto), and into one without the focus
 * as it is. `onTyped` hears the editor's own changes (typing, paste, Ctrl+Z), not the outside ones.
 */
export function useRespelledField(value: string, onTyped: (next: string) => void) {
  const ref = useRef<HTMLInputElement>(null);
  const [defaultValue] = useState(value);
  const editing = useRef(false);

  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || field.value === value) return;
    if (field === document.activeElement) editInto(field, value, editing);
    else field.value = value;
  }, [value]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (!editing.current) onTyped(event.target.value);
  };
  return { ref, defaultValue, onChange };
}
