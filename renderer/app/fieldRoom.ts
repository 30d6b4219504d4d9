/** How many characters a text field takes in place of its selection before its limit (Infinity: none). */
export function roomLeft(field: HTMLInputElement | HTMLTextAreaElement): number {
  if (field.maxLength < 0) return Infinity;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  return Math.max(0, field.maxLength - (field.value.length - (end - start)));
}

/** `text` cut to `room` UTF-16 units (as a field counts), never between the two halves of an emoji. */
export const fitted = (text: string, room: number): string =>
  text.length <= room ? text : text.slice(0, room).replace(/[\uD800-\uDBFF]$/, '');

/** A field's text and selection as a paste found them. */
export interface BeforePaste {
  value: string;
  start: number;
  end: number;
}

/**
 * How many characters a text has besides spaces, line breaks and control characters (which a field
 * drops or merges).
 */
const visibleLength = (text: string): number => text.replace(/[\s\p{Cc}]+/gu, '').length;

/**
 * Whether a paste landed short of the whole text, however the cut fell: at the limit, one unit before
 * it (an emoji that did not fit whole) or by the field's own cut. What landed is what took the
 * selection's place; spaces and line breaks are not counted, as a one-line field drops or merges them.
 */
export function pasteCut(before: BeforePaste, after: string, pasted: string): boolean {
  const landed = Math.max(0, after.length - (before.value.length - (before.end - before.start)));
  return visibleLength(after.slice(before.start, before.start + landed)) < visibleLength(pasted);
}
