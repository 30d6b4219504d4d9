import { hasUnspacedScript, UNSPACED_RUN, wordsOfRun } from './unspaced';

// A word is a run of letters (with their combining marks) or digits, with inner apostrophes, hyphens
// or underscores ("don't", "anak-anak", "DARI_A"), and a number keeps its separators ("1.500.000",
// "3,5", "10.30"). A web or e-mail address is one word, as a reader counts it.
// The e-mail's local part starts where no such character stands before it and is at most 64 long:
// unanchored, a long run of dots or dashes with no "@" was scanned again from each of its characters.
const ADDRESS = String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
// Invisible breaks a web page leaves inside words (soft hyphen, zero-width space, word joiner) join too.
// A date or a ratio ("17/8/2024", "24/7") is one word too, and so is a day counted from an event
// ("H+1", "D+2": the newsroom's "one day after").
const PLAIN = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’_\u00ad\u200b\u2060\ufeff-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*|(?<=\p{N})[.,:/]\p{N}+|\+\p{N}+)*`;
// The address is captured: it stays one word whatever script it is written in.
const WORD = new RegExp(`(${ADDRESS})|${PLAIN}`, 'gu');
const PLAIN_WORDS = new RegExp(PLAIN, 'gu');

export function countWords(text: string): number {
  const unspaced = hasUnspacedScript(text);
  let count = 0;
  WORD.lastIndex = 0;
  for (let word = WORD.exec(text); word !== null; word = WORD.exec(text))
    count += unspaced && word[1] === undefined ? wordsIn(word[0]) : 1;
  return count;
}

/**
 * The words of a run of letters: those of a script written without spaces (Chinese, Japanese, Thai…)
 * as Intl.Segmenter finds them ("我们今天去北京开会" is 5), what stands between them by the rules above
 * ("2024年" is 2024 and 年).
 */
function wordsIn(word: string): number {
  if (!hasUnspacedScript(word)) return 1;
  let count = 0;
  for (const [run] of word.matchAll(UNSPACED_RUN)) count += wordsOfRun(run).length;
  return count + (word.replace(UNSPACED_RUN, ' ').match(PLAIN_WORDS)?.length ?? 0);
}
