import { partsOf, WORD_WITH_PARTS } from '../../../shared/text/joined';
import { MAY_FOLD, searchFold, WORD_WITH_MARKS } from '../../../shared/text/searchFold';
import { UNSPACED_RUN, wordSpans } from '../../../shared/text/unspaced';

/** Words shown before and after the word found, as the index's own snippet shows about 16. */
const BEFORE = 5;
const AFTER = 10;
const RUNS = /\p{L}+|\p{N}+/gu;
/** Characters read on either side of a run found, for the words around it (some 5 and 10 words). */
const [RUN_BEFORE, RUN_AFTER] = [80, 160];

/** Where a word stands in the text. */
interface Span {
  start: number;
  end: number;
}
const spansOf = (tokens: RegExpExecArray[]): Span[] =>
  tokens.map((token) => ({ start: token.index, end: token.index + token[0].length }));

/** A word of the text with forms besides its parts: a mark inside it, or letters meeting digits. */
const HAS_VARIANTS = /[^\p{L}\p{N}]|\p{L}\p{N}|\p{N}\p{L}/u;

const partsIn = (word: string): string[] => partsOf(word).map((part) => part.toLocaleLowerCase('id'));

/** Whether a part of the text's words can be a query word (or begin with it): the text holds it. */
const mayHoldPart = (text: string, words: readonly string[]): boolean => {
  const lower = text.toLocaleLowerCase('id');
  return words.some((word) => lower.includes(word));
};

/**
 * The forms a word of the text is found by: its parts as the index splits them ("jum", "at"), and its
 * variants — run together ("jumat") and its letter and digit runs ("covid", "19").
 */
function formsOf(word: string): { parts: string[]; variants: string[] } {
  const parts = partsIn(word);
  const variants = [parts.join(''), ...parts.flatMap((part) => part.match(RUNS) ?? [])];
  return { parts, variants: variants.filter((form) => !parts.includes(form)) };
}

/**
 * A snippet of the article's own words for a match the index made through a variant only — "jumat"
 * finding "Jum’at", "covid 19" finding "COVID19", "北京" finding "我们今天去北京开会" (one token to the
 * index) — whose index snippet would be the variants, no text of the article. The first word of the
 * texts (in order) that a query word finds through a variant — else through its parts — with the
 * words around it; the word still being typed (no space after it) matches as a prefix, as in the
 * search. Empty when no word is found.
 */
export function variantSnippet(typed: string, texts: readonly string[]): string {
  const folded = searchFold(typed);
  const ofRun = runSnippet(folded, texts);
  if (ofRun !== '') return ofRun;
  const words = (folded.match(WORD_WITH_PARTS) ?? []).map((word) =>
    partsOf(word).join('').toLocaleLowerCase('id'),
  );
  if (words.length === 0) return '';
  const stillTyping = !/\s$/.test(typed);
  const finds = (form: string) =>
    words.some((word, index) =>
      index === words.length - 1 && stillTyping ? form.startsWith(word) : form === word,
    );
  for (const text of texts) {
    const tokens = [...text.matchAll(WORD_WITH_PARTS)];
    // The word the variant stands for first ("di jumat": Jum'at, not the first "di"), else any word.
    // Only a word with a mark inside, or letters meeting digits, has variants; a part as written
    // needs the query word somewhere in the text. (A search shows up to 20 of these snippets, over
    // texts of thousands of words: each word's forms are made only where they can match.)
    let at = tokens.findIndex(([token]) => HAS_VARIANTS.test(token) && formsOf(token).variants.some(finds));
    if (at === -1 && mayHoldPart(text, words)) at = tokens.findIndex(([token]) => partsIn(token).some(finds));
    if (at !== -1) return around(text, spansOf(tokens), at);
    // Else a word found by its folded form ("jakarta": "Ｊａｋａｒｔａ"; "محمد": "مُحَمَّد"), with its marks.
    const marked = [...text.matchAll(WORD_WITH_MARKS)];
    at = marked.findIndex(
      ([token]) => MAY_FOLD.test(token) && finds(searchFold(token).toLocaleLowerCase('id')),
    );
    if (at !== -1) return around(text, spansOf(marked), at);
  }
  return '';
}

/**
 * A word of Chinese, Japanese, Thai… found inside its sentence (the index holds the sentence's words
 * as a variant): the first text that holds one of the query's runs, with the words around it as the
 * segmenter reads them (read only near the run: a text may be thousands of words long).
 */
function runSnippet(folded: string, texts: readonly string[]): string {
  const runs = [...folded.matchAll(UNSPACED_RUN)].map(([run]) => run);
  if (runs.length === 0) return '';
  for (const text of texts) {
    const found = runs.map((run) => text.indexOf(run)).filter((index) => index !== -1);
    if (found.length === 0) continue;
    const at = Math.min(...found);
    const window = { start: Math.max(0, at - RUN_BEFORE), end: Math.min(text.length, at + RUN_AFTER) };
    const spans = wordSpans(text.slice(window.start, window.end)).map(({ start, end }) => ({
      start: window.start + start,
      end: window.start + end,
    }));
    return around(
      text,
      spans,
      Math.max(
        0,
        spans.findIndex((span) => span.end > at),
      ),
      window,
    );
  }
  return '';
}

/**
 * The words around the one at `at`, as the text writes them, with an ellipsis where it is cut; the
 * words are those within `bounds` (all the text's unless said).
 */
function around(
  text: string,
  spans: Span[],
  at: number,
  bounds: Span = { start: 0, end: text.length },
): string {
  const from = at - BEFORE;
  const to = at + AFTER;
  const start = from <= 0 ? bounds.start : spans[from]!.start;
  const end = to >= spans.length - 1 ? bounds.end : spans[to]!.end;
  const shown = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start === 0 ? '' : '…'}${shown}${end === text.length ? '' : '…'}`;
}
