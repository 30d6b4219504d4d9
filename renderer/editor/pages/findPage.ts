import { $getRoot, type LexicalNode } from 'lexical';
import { $isPageBreakNode, type PageBreakNode } from '../../../shared/editor/PageBreakNode';

export interface FoundPage {
  /** The page found: the one asked for, or the last page when the article has fewer now. */
  number: number;
  /** The break that opens the page; null for page 1. */
  start: PageBreakNode | null;
  /** The block a jump lands on, the page's first; null when the page has no block. */
  block: LexicalNode | null;
}

/**
 * Page `number` of the body as it is now, counted as $caretPage counts (the (n-1)-th top-level break
 * opens page n), and its first block. A page the article no longer has is its last. One walk of the
 * top-level blocks: run on a jump only.
 */
export function $findPage(number: number): FoundPage {
  let page = 1;
  let start: PageBreakNode | null = null;
  let first: LexicalNode | null = null;
  for (const block of $getRoot().getChildren()) {
    if ($isPageBreakNode(block)) {
      if (page >= number) break;
      page += 1;
      start = block;
      first = null;
    } else first ??= block;
  }
  return { number: page, start, block: first };
}
