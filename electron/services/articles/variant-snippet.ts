import { partsOf, WORD_WITH_PARTS } from '../../../shared/text/joined';

/** Words shown before and after the word found, as the index's own snippet shows about 16. */
const BEFORE = 5;
const AFTER = 10;
const RUNS = /\p{L}+|\p{N}+/gu;

/**
 * The forms a word of the text is found by: its parts as the index splits them ("jum", "at"), and its
 * variants — run together ("jumat") and its letter and digit runs ("covid", "19").
 */
function formsOf(word: string): { parts: string[]; variants: string[] } {
  const parts = partsOf(word).map((part) => part.toLocaleLowerCase('id'));
  const variants = [parts.join(''), ...parts.flatMap((part) => part.match(RUNS) ?? [])];
  return { parts, variants: variants.filter((form) => !parts.includes(form)) };
}

/**
 * A snippet of the article's own words for a match the index made through a variant only — "jumat"
 * finding "Jum’at", "covid 19" finding "COVID19" — whose index snippet would be the variants, no
 * text of the article. The first word of the texts (in order) that a query word finds through a
 * variant — else through its parts — with the words around it; the word still being typed (no space after it) matches as a prefix, as in the
 * search. Empty when no word is found.
 */
export function variantSnippet(typed: string, texts: readonly string[]): string {
  const words = (typed.match(WORD_WITH_PARTS) ?? []).map((word) =>
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
    const forms = tokens.map(([token]) => formsOf(token));
    // The word the variant stands for first ("di jumat": Jum'at, not the first "di"), else any word.
    let at = forms.findIndex((form) => form.variants.some(finds));
    if (at === -1) at = forms.findIndex((form) => form.parts.some(finds));
    if (at === -1) continue;
    const from = at - BEFORE;
    const to = at + AFTER;
    const start = from <= 0 ? 0 : tokens[from]!.index;
    const end = to >= tokens.length - 1 ? text.length : tokens[to]!.index + tokens[to]![0].length;
    const shown = text.slice(start, end).replace(/\s+/g, ' ').trim();
    return `${start === 0 ? '' : '…'}${shown}${end === text.length ? '' : '…'}`;
  }
  return '';
}
