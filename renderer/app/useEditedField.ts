import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { editInto } from './editInto';

/**
 * A one-line field whose value may be replaced from outside while the editor is in it. React never
 * writes the field's value (that would wipe its undo history and move the caret): a new value goes
 * into the focused field as an edit Ctrl+Z takes back (`put`, editInto unless told), and into one
 * without the focus as it is. `onTyped` hears the editor's own changes (typing, paste, Ctrl+Z), not
 * the outside ones.
 */
export function useEditedField(
  value: string,
  onTyped: (next: string, inputType: string | undefined) => void,
  put = editInto,
) {
  const ref = useRef<HTMLInputElement>(null);
  const [defaultValue] = useState(value);
  const editing = useRef(false);

  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || field.value === value) return;
    if (field === document.activeElement) put(field, value, editing);
    else field.value = value;
  }, [value, put]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (!editing.current) onTyped(event.target.value, (event.nativeEvent as InputEvent).inputType);
  };
  return { ref, defaultValue, onChange };
}
