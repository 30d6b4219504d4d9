import { searchFold } from './searchFold';

// Characters as a reader counts them: one per grapheme ("é" typed as e + accent is one, so is 🇮🇩).
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

// Spaces, and characters that take no room on screen: zero-width spaces and joiners, direction
// marks, the soft hyphen, the byte-order mark (Unicode's format characters), controls, the blank
// fillers Unicode says to ignore (Hangul filler U+3164), noncharacters and lone surrogates (which no
// page may contain: the export drops them).
const INVISIBLE =
  /[\p{White_Space}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\p{Cs}]/gu;
// What is left must be more than accents with nothing to sit on.
const SHOWN = /\P{M}/u;

/** Whether the text shows anything at all: a name of only zero-width or blank characters does not. */
export function hasVisibleText(text: string): boolean {
  return SHOWN.test(text.replace(INVISIBLE, ''));
}

// C0 and C1 control characters (tab and newline among them).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** The text with each control character replaced (by nothing unless said). */
export function replaceControls(text: string, by = ''): string {
  return text.replace(CONTROLS, by);
}

/**
 * Text folded for matching: lower case, accents and other marks removed ("Café" finds "cafe"), and
 * read as the search reads it (searchFold: full-width letters, ligatures, ß as ss).
 */
export const fold = (value: string): string =>
  searchFold(value).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');

const nameKey = (name: string): string =>
  fold(name.replace(/\p{Cf}/gu, ''))
    .replace(/\s+/gu, ' ')
    .trim();

/** Whether two names read the same: case, accents, spacing and invisible characters aside. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
