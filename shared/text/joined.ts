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

/** A word and the parts it is written in ("e-KTP" → e, KTP); a plain word is one part. */
export const WORD_WITH_PARTS = new RegExp(`${PART}(?:${MARK}${PART})*`, 'gu');
const JOINED = new RegExp(`${PART}(?:${MARK}${PART})+`, 'gu');
const MARKS = new RegExp(MARK, 'gu');

/** The parts of a word as the index splits it. */
export function partsOf(word: string): string[] {
  return word.split(MARKS).filter(Boolean);
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

const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS_MEET_DIGITS = /\p{L}\p{N}|\p{N}\p{L}/u;
const RUNS = /\p{L}+|\p{N}+/gu;

/**
 * Words where letters meet digits — "Rp14.000", "COVID19", "5km" — are one word to the index ("rp14"),
 * so "14.000" or "Rp 14.000" found nothing: their letter and digit runs apart ("rp 14"), lower case,
 * each once.
 */
export function splitForms(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts)
    for (const [word] of text.matchAll(WORD))
      if (LETTERS_MEET_DIGITS.test(word)) forms.add(word.match(RUNS)!.join(' ').toLocaleLowerCase('id'));
  return [...forms];
}

/** What the index holds beside the text so other spellings find it: joined and split forms. */
export function searchVariants(texts: readonly string[]): string[] {
  return [...joinedForms(texts), ...splitForms(texts)];
}
