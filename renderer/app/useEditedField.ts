import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { syncFieldUndo } from './textFieldUndo';

/** Where the caret goes in a focused field whose text was replaced from outside: `[start, end]`. */
export type PlaceCaret = (before: string, start: number, end: number, after: string) => [number, number];

/** After the new text, as if it had been typed. */
const atEnd: PlaceCaret = (_before, _start, _end, after) => [after.length, after.length];

/**
 * A one-line field whose value may be replaced from outside while the editor is in it. React never
 * writes the field's value (that would move the caret): a new value goes into the field here, into a
 * focused one with the caret where `place` says (an undo step of its own: textFieldUndo).
 * `onTyped` hears the editor's own changes — typing, paste, and Ctrl+Z or Ctrl+Y in the field (as
 * "historyUndo" and "historyRedo") — not the outside ones.
 */
export function useEditedField(
  value: string,
  onTyped: (next: string, inputType: string | undefined) => void,
  place: PlaceCaret = atEnd,
) {
  const ref = useRef<HTMLInputElement>(null);
  const [defaultValue] = useState(value);

  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || field.value === value) return;
    const before = field.value;
    const start = field.selectionStart ?? before.length;
    const end = field.selectionEnd ?? start;
    field.value = value;
    if (field === field.ownerDocument.activeElement)
      field.setSelectionRange(...place(before, start, end, value));
    syncFieldUndo(field);
  }, [value, place]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) =>
    onTyped(event.target.value, (event.nativeEvent as InputEvent).inputType);
  return { ref, defaultValue, onChange };
}
