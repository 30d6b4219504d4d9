import { QUERY_WORD, queryFormsOf } from '../../../shared/text/joined';
import { searchFold } from '../../../shared/text/searchFold';
import { hasUnspacedScript, UNSPACED_RUN, wordsOfRun } from '../../../shared/text/unspaced';

const MAX_WORDS = 16;
/** More forms of one phrase than this and its later words are asked for by their parts only. */
const MAX_FORMS = 8;
/** Double quotes as typed, straight or curly (an Indonesian keyboard's autocorrect gives “…”). */
const QUOTE = /["\u201c\u201d\u201e\u201f\uff02]/u;

/** A run of a script written without spaces, split from what stands around it ("abc北京" → abc, 北京). */
const RUN_APART = new RegExp(`(${UNSPACED_RUN.source})`, 'u');

/** The words of a piece of the query: a run of Chinese, Thai… is one word, read by its words (formsOf). */
function wordsIn(piece: string): string[] {
  if (!hasUnspacedScript(piece)) return piece.match(QUERY_WORD) ?? [];
  // split keeps the captured runs at the odd places.
  return piece
    .split(RUN_APART)
    .flatMap((part, index) => (index % 2 === 1 ? [part] : (part.match(QUERY_WORD) ?? [])));
}

/**
 * The forms of a run: its words in a row ("北京今天" → 北京 今天, as the index holds the text's runs),
 * or the run whole — the segmenter may cut a few letters alone where it does not cut them in the text
 * ("กรุงเท", still being typed, is กรุง เท alone but a prefix of กรุงเทพมหานคร).
 */
function runFormsOf(run: string): string[][] {
  const words = wordsOfRun(run);
  return words.length > 1 ? [words, [run]] : [[run]];
}

/** What is asked for: one word, or the words of a quoted phrase, all in a row. */
interface Term {
  words: string[];
  /** Closed by a quote: its last word is finished, whatever follows. */
  closed: boolean;
}

/**
 * The terms typed: the words outside quotes one by one, the words between a pair of quotes as one
 * phrase. A quote left open makes the rest a phrase; every quote mark (any kind, either way round)
 * opens or closes one, so “banjir bandang” and "banjir bandang” are both the phrase.
 */
function termsOf(typed: string): Term[] {
  const terms: Term[] = [];
  typed.split(QUOTE).forEach((piece, index, pieces) => {
    const words = wordsIn(piece);
    if (index % 2 === 0) for (const word of words) terms.push({ words: [word], closed: false });
    else if (words.length > 0) terms.push({ words, closed: index < pieces.length - 1 });
  });
  return terms;
}

/** The first MAX_WORDS words typed, a phrase cut short where the count runs out. */
function firstWords(terms: Term[]): Term[] {
  const kept: Term[] = [];
  let left = MAX_WORDS;
  for (const term of terms) {
    if (left === 0) break;
    kept.push({ ...term, words: term.words.slice(0, left) });
    left -= Math.min(left, term.words.length);
  }
  return kept;
}

/** Every way a term's words can be written in the index, each a run of the index's words. */
function formsOf(words: readonly string[]): string[][] {
  let forms: string[][] = [[]];
  for (const word of words) {
    const ofWord = hasUnspacedScript(word) ? runFormsOf(word) : queryFormsOf(word);
    const chosen = forms.length * ofWord.length > MAX_FORMS ? ofWord.slice(0, 1) : ofWord;
    forms = forms.flatMap((form) => chosen.map((parts) => [...form, ...parts]));
  }
  return forms;
}

/**
 * Turns what the user typed into an FTS5 query: every word must appear (AND), each quoted so no
 * FTS syntax leaks through, and the word still being typed matches as a prefix. Words the user put
 * in double quotes ("banjir bandang", “banjir bandang”) must appear in a row, in that order (an FTS5
 * phrase); so must the parts of a number the index splits at its separators ("12,5" → 12 5,
 * "1.250.000" → 1 250 000), so 12,5 finds 12,5 and not a 12 and a 5 apart. A word written with an
 * apostrophe or hyphen ("Jum'at", "e-KTP") matches its parts in a row or its run-together form,
 * which the index holds for every such word (shared/text/joined.ts): either spelling finds both.
 * The query is read folded as the index's variants are (searchFold: "Ｊａｋａｒｔａ", "مُحَمَّد", "Straße"
 * find "Jakarta", "محمد", "Strasse" and the other way round). A run of Chinese, Japanese, Thai, Lao,
 * Khmer or Myanmar, which has no spaces between its words, is the phrase of its words as the index
 * holds them (shared/text/unspaced.ts: "北京今天" → "北京 今天"), or the run whole. Only letters, their
 * marks and digits reach the query, inside its quotes. Returns null when there is no word.
 */
export function toFtsQuery(typed: string): string | null {
  const terms = firstWords(termsOf(searchFold(typed)));
  if (terms.length === 0) return null;
  const stillTyping = !/\s$/.test(typed) && !terms.at(-1)!.closed;
  return terms
    .map((term, index) => {
      const star = index === terms.length - 1 && stillTyping ? '*' : '';
      const phrases = formsOf(term.words).map((parts) => `"${parts.join(' ')}"${star}`);
      return phrases.length === 1 ? phrases[0] : `(${phrases.join(' OR ')})`;
    })
    .join(' AND '); // explicit: FTS5 reads no implicit AND before a bracket
}
