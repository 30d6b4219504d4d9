/** How many characters a text field takes in place of its selection before its limit (Infinity: none). */
export function roomLeft(field: HTMLInputElement | HTMLTextAreaElement): number {
  if (field.maxLength < 0) return Infinity;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  return Math.max(0, field.maxLength - (field.value.length - (end - start)));
}
