import { searchFold } from './searchFold';

/**
 * Chinese, Japanese, Thai, Lao, Khmer and Myanmar are written without spaces between words: a run of
 * their letters is a clause or a whole sentence, which a count of letter runs took for one word and
 * the search index's tokenizer (unicode61) keeps as one token. Intl.Segmenter's dictionaries (ICU's)
 * find the words inside such a run.
 */

const SCRIPTS = ['Han', 'Hiragana', 'Katakana', 'Thai', 'Lao', 'Khmer', 'Myanmar']
  .map((script) => `\\p{Script_Extensions=${script}}`)
  .join('');
/** A character of those scripts, letter or punctuation ("。"): the quick test before any run is read. */
const UNSPACED_CHARACTER = new RegExp(`[${SCRIPTS}]`, 'u');
/**
 * A run of their letters, marks and digits (the prolonged sound mark "ー" and "々" among them); their
 * punctuation ends it. Used with matchAll, replace and split only (it is global).
 */
export const UNSPACED_RUN = new RegExp(`(?:(?=[\\p{L}\\p{M}\\p{N}])[${SCRIPTS}])+`, 'gu');

// One segmenter for every call; the same locale everywhere, so the index, a query and the editor's
// count split a run alike.
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Whether the text has a character of a script written without spaces (most text has none). */
export const hasUnspacedScript = (text: string): boolean => UNSPACED_CHARACTER.test(text);

/** The words of a run of those scripts ("我们今天去北京" → 我们, 今天, 去, 北京). */
export function wordsOfRun(run: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(run)) if (isWordLike) words.push(segment);
  return words;
}

/** Where each word of a text starts and ends, as the segmenter reads it (in any script). */
export function wordSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text))
    if (isWordLike) spans.push({ start: index, end: index + segment.length });
  return spans;
}

/**
 * The words of every run of those scripts, in a row, as the search index holds them beside the text
 * (joined.ts, searchVariants): the index's tokenizer keeps a run whole, so "北京" in "我们今天去北京开会"
 * is found only through them. Each run is read folded (half-width "ｶﾀｶﾅ" as "カタカナ"), as a query is.
 */
export function segmentedForms(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts) {
    if (!hasUnspacedScript(text)) continue;
    for (const [run] of text.matchAll(UNSPACED_RUN)) forms.add(wordsOfRun(searchFold(run)).join(' '));
  }
  return [...forms];
}
