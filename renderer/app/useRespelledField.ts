import { useEditedField, type PlaceCaret } from './useEditedField';

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

/** The caret kept between the same letters: left at the end, the next key would land there. */
const betweenTheSameLetters: PlaceCaret = (before, start, end, after) => [
  caretAfterChange(before, start, after),
  caretAfterChange(before, end, after),
];

/**
 * A field whose value the store may respell while the editor is in it — the store's spelling of what
 * was typed ("olahraga" filed as the desk's "Olahraga") arriving after a save: one step of the field's
 * undo (useEditedField), with the caret kept.
 */
export function useRespelledField(value: string, onTyped: (next: string) => void) {
  return useEditedField(value, onTyped, betweenTheSameLetters);
}
