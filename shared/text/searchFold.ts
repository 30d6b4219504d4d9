/**
 * Spellings a reader takes for one word that the search index's tokenizer (unicode61, remove_diacritics
 * 2) keeps apart:
 * - compatibility forms: full-width letters ("Ｊａｋａｒｔａ"), ligatures ("ﬁnal"), Arabic presentation
 *   forms (a PDF's Arabic), all read as their plain letters (NFKC);
 * - accents typed as a letter and a combining mark ("Cre\u0301dit"), which the tokenizer cuts the word
 *   at ("cre", "dit"), read composed (NFKC composes);
 * - the optional vowel and reading marks of Arabic and Hebrew ("مُحَمَّد" is "محمد"), at each of which
 *   the tokenizer cut the word, and the Arabic tatweel that only stretches a word;
 * - German ß, which is written ss as often ("Straße", "Strasse");
 * - the Thai and Lao vowel "ำ" / "ຳ", also typed as its two halves ("ํา"): read as the one letter, which
 *   NFKC would split (its halves cut the word for the tokenizer, and for the word segmenter).
 * The index holds the folded form of every word it changes (joined.ts, searchVariants) and a query is
 * folded before it is read (fts-query.ts), so each spelling finds the other.
 */

// Marks of the Arabic and Hebrew scripts (harakat, shadda, sukun, dagger alif; niqqud, cantillation).
const ARABIC_OR_HEBREW = /[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}]/u;
const MARK = /\p{M}/gu;
const TATWEEL = /\u0640/gu;
const SARA_AM_HALVES = /\u0e4d\u0e32|\u0ecd\u0eb2/gu;

/** The text as the search reads it: compatibility forms and composed accents, Arabic and Hebrew marks out, ß as ss, ำ whole. */
export function searchFold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(MARK, (mark) => (ARABIC_OR_HEBREW.test(mark) ? '' : mark))
    .replace(TATWEEL, '')
    .replaceAll('ß', 'ss')
    .replaceAll('ẞ', 'SS')
    .replace(SARA_AM_HALVES, (halves) => (halves === '\u0e4d\u0e32' ? '\u0e33' : '\u0eb3'));
}

// A word with its marks; and a character that may fold: a letter, mark or digit beyond ASCII (most
// words are ASCII, and never fold, so they are not normalised one by one; nor is a text whose only
// characters beyond ASCII are curly quotes and dashes, as most of an Indonesian desk's are).
export const WORD_WITH_MARKS = /[\p{L}\p{N}\p{M}]+/gu;
export const MAY_FOLD = /(?![\p{ASCII}])[\p{L}\p{M}\p{N}]/u;

/** The folded form of every word the fold changes, lower case, each once ("Ｊａｋａｒｔａ" → jakarta). */
export function foldedForms(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts) {
    if (!MAY_FOLD.test(text)) continue;
    for (const [word] of text.matchAll(WORD_WITH_MARKS)) {
      if (!MAY_FOLD.test(word)) continue;
      const folded = searchFold(word);
      if (folded !== word) forms.add(folded.toLocaleLowerCase('id'));
    }
  }
  return [...forms];
}
