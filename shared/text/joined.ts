import { foldedForms } from './searchFold';
import { segmentedForms } from './unspaced';

/**
 * Words written with an apostrophe or a hyphen inside them — "Jum'at", "Ma'ruf", "Qur'an", "e-KTP",
 * "anak-anak" — are also written run together ("Jumat", "eKTP"). The search index splits them at the
 * mark, so each spelling must be able to find the other: the index also holds the run-together form
 * of every such word, and a query word with a mark also asks for its run-together form.
 */

// Apostrophes (typewriter, typographic left and right, the letter apostrophe, backtick, acute),
// hyphens (ASCII, Unicode hyphen, non-breaking hyphen), and the invisible breaks a web page leaves
// inside words (soft hyphen, zero-width space, word joiner, zero-width no-break space): pasted
// "mem\u00adbersihkan" shows, and is found, as "membersihkan".
const MARK = "['\u2019\u2018\u02bc`\u00b4\u2010\u2011\u00ad\u200b\u2060\ufeff-]";
const PART = '[\\p{L}\\p{N}]+';
// A number's thousands or decimal separator ("3.000", "12,5"): a point or comma between digits, where
// the index splits the number like any punctuation (12,5 → 12 5).
const GROUP = '(?<=\\p{N})[.,](?=\\p{N})';

/** A word and the parts it is written in ("e-KTP" → e, KTP); a plain word is one part. */
export const WORD_WITH_PARTS = new RegExp(`${PART}(?:${MARK}${PART})*`, 'gu');
/** A word as a query reads it: a number's groups are one word too ("12,5", "Rp14.000", "1.250.000"). */
export const QUERY_WORD = new RegExp(`${PART}(?:(?:${MARK}|${GROUP})${PART})*`, 'gu');
const GROUPS = new RegExp(GROUP, 'gu');
const JOINED = new RegExp(`${PART}(?:${MARK}${PART})+`, 'gu');
const MARKS = new RegExp(MARK, 'gu');

/** The parts of a word as the index splits it. */
export function partsOf(word: string): string[] {
  return word.split(MARKS).filter(Boolean);
}

/**
 * The forms a query word is found by, each the index's words in a row: its parts ("12,5" → 12 5,
 * "e-KTP" → e ktp) and, written with a mark inside, its run-together form (ektp; a number's groups
 * stay apart: "e-KTP-2.000" → ektp2 000).
 */
export function queryFormsOf(word: string): string[][] {
  const parts = word.split(GROUPS).flatMap(partsOf);
  const joined = withoutMarks(word).split(GROUPS).filter(Boolean);
  return joined.length === parts.length ? [parts] : [parts, joined];
}

/** The run-together form of every word written with a mark inside it, lower case, each once. */
export function joinedForms(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts)
    for (const [word] of text.matchAll(JOINED)) forms.add(word.replace(MARKS, '').toLocaleLowerCase('id'));
  return [...forms];
}

/** The text with the apostrophes and hyphens inside its words taken out ("Ma'ruf" → "Maruf"). */
export function withoutMarks(text: string): string {
  return text.replace(JOINED, (word) => word.replace(MARKS, ''));
}

// A mark just typed after a word's letters, its next part not typed yet ("Jum'").
const MARK_TYPED_LAST = new RegExp(`(?<=${PART})${MARK}+$`, 'u');

/**
 * Text still being typed, read as withoutMarks reads it once written: a mark at its very end, after
 * a word's letters, is where that word's next part starts ("Jum'" → "Jum", the start of "Jumat").
 */
export function withoutMarksTyped(text: string): string {
  return withoutMarks(text).replace(MARK_TYPED_LAST, '');
}

const WORD = new RegExp(`${PART}(?:${GROUP}${PART})*`, 'gu');
const LETTERS_MEET_DIGITS = /\p{L}\p{N}|\p{N}\p{L}/u;
const RUNS = /\p{L}+|\p{N}+/gu;

/**
 * Words where letters meet digits — "Rp14.000", "COVID19", "5km" — are one word to the index ("rp14"),
 * so "14.000" or "Rp 14.000" found nothing: their letter and digit runs apart, with the number's groups
 * ("rp 14 000": the query "14.000" is the phrase 14 000), lower case, each once.
 */
export function splitForms(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts)
    for (const [word] of text.matchAll(WORD))
      if (LETTERS_MEET_DIGITS.test(word)) forms.add(word.match(RUNS)!.join(' ').toLocaleLowerCase('id'));
  return [...forms];
}

/**
 * What the index holds beside the text so other spellings find it: joined, split and folded forms,
 * and the words of Chinese, Japanese, Thai… runs, which have no spaces between them.
 */
export function searchVariants(texts: readonly string[]): string[] {
  return [...joinedForms(texts), ...splitForms(texts), ...foldedForms(texts), ...segmentedForms(texts)];
}

/**
 * Between two variants in the index's column of them, so that no phrase runs from one into the next
 * ("Rp12 dan 5km" stores rp 12 and 5 km: the phrase 12 5, "12,5", must not find it). A private-use
 * character: the index's tokenizer (unicode61, whose default categories are L* N* Co) keeps it as a
 * word of its own, and a query holds letters and digits only (QUERY_WORD), so none can ask for it.
 */
export const VARIANT_BREAK = '\uE000';

/** The variants as the index's column stores them: each one's words in a row, a break between two. */
export function storedVariants(texts: readonly string[]): string {
  return searchVariants(texts).join(` ${VARIANT_BREAK} `);
}
