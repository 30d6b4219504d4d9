import { $getRoot, type LexicalNode } from 'lexical';
import { $isPageBreakNode, type PageBreakNode } from '../../../shared/editor/PageBreakNode';
import { $blockHasContent } from './pageBreaks';

/** Where on a page a jump lands: the block that opens it, or the last one showing anything. */
export type PagePlace = 'start' | 'end';

export interface FoundPage {
  /** The page found: the one asked for, or the last page when the article has fewer now. */
  number: number;
  /** The break that opens the page; null for page 1. */
  start: PageBreakNode | null;
  /** The block landed on; null when the page has no block. */
  block: LexicalNode | null;
}

/**
 * Page `number` of the body as it is now, counted as $caretPage counts (the (n-1)-th top-level break
 * opens page n), and the block a jump to its start or its end lands on: its first block, or the last
 * that shows anything (what the page ends on, blank paragraphs aside, as shared/pages/split.ts says).
 * A page the article no longer has is its last. One walk of the top-level blocks: run on a jump only.
 */
export function $findPage(number: number, where: PagePlace = 'start'): FoundPage {
  let page = 1;
  let start: PageBreakNode | null = null;
  let first: LexicalNode | null = null;
  let shown: LexicalNode | null = null;
  for (const block of $getRoot().getChildren()) {
    if ($isPageBreakNode(block)) {
      if (page >= number) break;
      page += 1;
      start = block;
      first = shown = null;
    } else {
      first ??= block;
      if (where === 'end' && $blockHasContent(block)) shown = block;
    }
  }
  return { number: page, start, block: where === 'end' ? (shown ?? first) : first };
}
