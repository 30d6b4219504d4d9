// The house style for captions and credits (NEWSROOM.md), as hints shown beside the fields, never blockers.

export type CaptionHint =
  'caption-missing' | 'caption-title' | 'caption-sentence' | 'caption-end' | 'caption-has-credit';

export type CreditHint =
  'credit-missing' | 'credit-case' | 'credit-brackets' | 'credit-label' | 'credit-shape';

/** A credit read as `CREATOR/AGENCY[/VIA DISTRIBUTOR]`; a single part is the agency (or the source). */
export interface ParsedCredit {
  creator: string;
  agency: string;
  via: string;
}

const hasLetter = (text: string): boolean => /\p{L}/u.test(text);
const isUpperCase = (text: string): boolean =>
  hasLetter(text) && text === text.toLocaleUpperCase() && !/\p{Ll}/u.test(text);
const LABEL = /^\s*(foto|photo|kredit|credit)\s*:/i;

/** Splits a credit into creator, agency and distributor; null when it does not have that shape. */
export function parseCredit(credit: string): ParsedCredit | null {
  const parts = credit.split('/').map((part) => part.trim());
  if (parts.length === 0 || parts.length > 3 || parts.some((part) => part.length === 0)) return null;
  const last = parts.at(-1)!;
  const via = /^VIA\s+(.+)$/i.exec(last)?.[1]?.trim() ?? '';
  const named = via ? parts.slice(0, -1) : parts;
  if (named.some((part) => /^VIA\s/i.test(part))) return null;
  if (named.length === 0 || named.length > 2) return null;
  return named.length === 2
    ? { creator: named[0]!, agency: named[1]!, via }
    : { creator: '', agency: named[0]!, via };
}

/** What to tell the desk about a credit line. */
export function creditHints(credit: string): CreditHint[] {
  const text = credit.trim();
  if (text.length === 0) return ['credit-missing'];
  const hints: CreditHint[] = [];
  if (/^\(.*\)$/.test(text)) hints.push('credit-brackets');
  if (LABEL.test(text)) hints.push('credit-label');
  const bare = text.replace(/^\((.*)\)$/, '$1').replace(LABEL, '');
  if (hasLetter(bare) && !isUpperCase(bare)) hints.push('credit-case');
  if (parseCredit(bare) === null) hints.push('credit-shape');
  return hints;
}

// "(AFP)" or "(VLADIMIR SMIRNOV/AFP/VIA TRIBUNNEWS)" at the end: a credit typed into the caption.
const TRAILING_CREDIT = /\(([^()]*\p{Lu}[^()]*)\)\s*[.]?\s*$/u;

function containsCredit(caption: string, credit: string): boolean {
  // "Foto:" opening the caption, a sentence or a bracket labels a credit; "a camera photo:" does not.
  if (LABEL.test(caption) || /(?:^|[.!?…(]\s*)(?:foto|photo)\s*:/i.test(caption)) return true;
  const trailing = TRAILING_CREDIT.exec(caption)?.[1];
  if (trailing && isUpperCase(trailing) && parseCredit(trailing) !== null) return true;
  const own = credit.trim().toLocaleLowerCase();
  if (own.length < 2) return false;
  const end = caption
    .trim()
    .replace(/[\s.()]+$/, '')
    .toLocaleLowerCase();
  // The credit as the caption's last words, not the end of a word ("AP" is no credit in "gelap").
  const before = end.at(-own.length - 1);
  const wholeWords = before === undefined || !/[\p{L}\p{N}]/u.test(before);
  return (end.endsWith(own) && wholeWords) || caption.toLocaleLowerCase().includes(`(${own})`);
}

/** A publication's caption style: the house default with an upper-case title, or a plain sentence. */
export const CAPTION_STYLES = ['title-colon', 'sentence'] as const;
export type CaptionStyle = (typeof CAPTION_STYLES)[number];

/**
 * What to tell the desk about a caption. In the default style: an upper-case title, a colon, then a
 * sentence that starts with a capital and ends with a full stop; in the plain style, just that
 * sentence. Either way the credit lives in its own field, not in the caption.
 */
export function captionHints(
  caption: string,
  credit = '',
  style: CaptionStyle = 'title-colon',
): CaptionHint[] {
  const text = caption.trim();
  if (text.length === 0) return ['caption-missing'];
  const hints: CaptionHint[] = [];
  const colon = text.indexOf(':');
  const title = colon > 0 ? text.slice(0, colon) : '';
  if (style === 'title-colon' && !isUpperCase(title)) hints.push('caption-title');
  else {
    const sentence = style === 'title-colon' ? text.slice(colon + 1).trim() : text;
    if (!/^[\p{Lu}\p{N}"“‘']/u.test(sentence)) hints.push('caption-sentence');
  }
  if (!/[.!?…]["”’)]?$/.test(text)) hints.push('caption-end');
  if (containsCredit(text, credit)) hints.push('caption-has-credit');
  return hints;
}
