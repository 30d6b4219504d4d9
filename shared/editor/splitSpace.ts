/**
 * A page break that splits a paragraph takes out the space (or line break) between the two halves:
 * it belongs to neither page. The break keeps it, so that when the break goes and the halves join
 * again the space comes back; without it the last word of one half and the first of the other are
 * glued ("setinggi dada" exported as "setinggidada").
 */

/** A split takes out the run of spaces between two words: anything longer was not made by one. */
export const MAX_SPLIT_SPACE = 16;

/** The stored split space when it is one (spaces and line breaks only, short), else null. */
export function parseSplitSpace(value: unknown): string | null {
  return typeof value === 'string' && value.length <= MAX_SPLIT_SPACE && /^\s*$/u.test(value) ? value : null;
}

/**
 * What goes back between two halves being joined: what the split took out, unless a space was
 * written at the seam since (one at the end of the first half or the start of the second).
 */
export function spaceToPutBack(endOfFirst: string, startOfSecond: string, taken: string): string {
  return /\s$/u.test(endOfFirst) || /^\s/u.test(startOfSecond) ? '' : taken;
}
