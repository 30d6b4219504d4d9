/**
 * Words written with an apostrophe or a hyphen inside them — "Jum'at", "Ma'ruf", "Qur'an", "e-KTP",
 * "anak-anak" — are also written run together ("Jumat", "eKTP"). The search index splits them at the
 * mark, so each spelling must be able to find the other: the index also holds the run-together form
 * of every such word, and a query word with a mark also asks for its run-together form.
 */

// Apostrophes (typewriter, typographic left and right, the letter apostrophe, backtick, acute) and
// hyphens (ASCII, Unicode hyphen, non-breaking hyphen).
const MARK = "['\u2019\u2018\u02bc`\u00b4\u2010\u2011-]";
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
