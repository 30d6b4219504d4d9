// A word is a run of letters (with their combining marks) or digits, with inner apostrophes or
// hyphens ("don't", "anak-anak"), and a number keeps its separators ("1.500.000", "3,5", "10.30").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*|(?<=\p{N})[.,:]\p{N}+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count += 1;
  return count;
}
