/**
 * Direct quotes in a block of text, in the quotation styles Indonesian and English newsrooms use:
 * “…” (both), "…" (typed on a keyboard), „…“ or „…” (low-high, common in Indonesian print), «…».
 * Pure functions over plain text and ranges, shared by the editor's hint and the export's preflight.
 */

import { countWords } from '../text/words';

/** A span of a block's text, as character offsets (end excluded). */
export interface TextRange {
  start: number;
  end: number;
}

export interface Quote extends TextRange {
  /** The quoted words, without the quotation marks. */
  text: string;
}

/** One block (paragraph, heading, quote block, list item) as the quote checker reads it. */
export interface QuoteBlock {
  text: string;
  /** A Quote block: the whole block is a direct quote, with or without quotation marks. */
  isQuoteBlock: boolean;
  /** Where the block's source tags are. */
  marks: readonly TextRange[];
}

const CLOSERS: Record<string, readonly string[]> = {
  '“': ['”'],
  '„': ['“', '”'],
  '«': ['»'],
  '"': ['"'],
};

/**
 * Fewer words than this in quotation marks is a term or a title (“bersejarah”, "Tanpa Batas"),
 * not someone's words; it is not flagged.
 */
export const MIN_QUOTE_WORDS = 3;

/**
 * The quotations in `text`: each opening mark with its closing mark. A quote left open runs to the
 * end of the block, as a quotation continued into the next paragraph does.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let index = 0;
  while (index < text.length) {
    const closers = CLOSERS[text[index]!];
    if (!closers) {
      index += 1;
      continue;
    }
    let close = index + 1;
    while (close < text.length && !closers.includes(text[close]!)) close += 1;
    const inner = text.slice(index + 1, close);
    if (countWords(inner) >= MIN_QUOTE_WORDS) {
      quotes.push({ start: index, end: Math.min(close + 1, text.length), text: inner.trim() });
    }
    index = close + 1;
  }
  return quotes;
}

/** The block's direct quotes: the whole block for a Quote block, else the text in quotation marks. */
export function blockQuotes(block: QuoteBlock): Quote[] {
  if (block.isQuoteBlock) {
    return countWords(block.text) > 0 ? [{ start: 0, end: block.text.length, text: block.text.trim() }] : [];
  }
  return findQuotes(block.text);
}

/**
 * Direct quotes that name no source: a quote counts as sourced when a source tag is inside it or
 * elsewhere in its block (“…,” kata <tag>Sullivan</tag>). Not a blocker: the desk is warned.
 */
export function unsourcedQuotes(block: QuoteBlock): Quote[] {
  if (block.marks.length > 0) return [];
  return blockQuotes(block);
}

/** A quote as a warning shows it: in curly quotes, shortened to `max` characters. */
export function quoteExcerpt(quote: Pick<Quote, 'text'>, max = 80): string {
  const words = quote.text.replace(/\s+/g, ' ').trim();
  const shown = words.length > max ? `${words.slice(0, max - 1).trimEnd()}…` : words;
  // A quote block's text brings its own marks (“Air naik,” kata warga.): none are added around them.
  return /^[“"„«‘'‚‹]/.test(words) ? shown : `“${shown}”`;
}
