import { useCallback, useLayoutEffect, useRef } from 'react';

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
 * Keeps the caret of a focused one-line field where it was when its value is replaced from outside
 * while the editor is in it — the store's spelling of what was typed ("olahraga" filed as "Olahraga")
 * arriving after a save. Left to the browser, the caret would jump to the end of the field, and the
 * next key would land there. Typing itself is told apart by `typed`, called from the field's onChange.
 */
export function useCaretKept(value: string) {
  const ref = useRef<HTMLInputElement>(null);
  // Where the caret last was, as the field reported it (onSelect: keys, clicks, typing).
  const caret = useRef({ start: value.length, end: value.length });
  // What the editor last typed, to tell an outside change from a key press.
  const typedValue = useRef(value);

  const onSelect = useCallback(() => {
    const field = ref.current;
    if (field) caret.current = { start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 };
  }, []);
  const typed = useCallback((next: string) => {
    typedValue.current = next;
  }, []);

  useLayoutEffect(() => {
    const field = ref.current;
    const before = typedValue.current;
    if (value === before) return;
    typedValue.current = value;
    if (!field || field !== document.activeElement) return;
    const { start, end } = caret.current;
    field.setSelectionRange(caretAfterChange(before, start, value), caretAfterChange(before, end, value));
  }, [value]);

  return { ref, onSelect, typed };
}
