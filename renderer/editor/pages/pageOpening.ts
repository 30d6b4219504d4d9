import type { StoredNode } from '../../../shared/editor/document';
import { blockText, isPageBreak } from '../../../shared/pages/blocks';

/** How a proposed page begins, for Auto-split's list: `photoFirst` when it opens with a photo (or another block without text). */
export interface PageOpening {
  opening: string;
  photoFirst: boolean;
}

/** A page's first words for the list: up to 60 characters, cut at a word with "…" when cut. */
export function opening(text: string): string {
  const whole = text.trim().replace(/\s+/gu, ' ');
  if (whole.length <= 60) return whole;
  const cut = whole.slice(0, 60);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > 20 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/**
 * The first words of the proposed page from block `first` up to block `end` (the next proposed page's
 * first block): of its first block with text. The article's page breaks are skipped, not an end — the
 * proposal replaces them, so "photo, old break, paragraph" is a page opening with a photo, then the paragraph.
 */
export function pageOpening(blocks: readonly StoredNode[], first: number, end = blocks.length): PageOpening {
  let passed = false; // a block without text (not a break) comes before the words
  for (let index = first; index < Math.min(end, blocks.length); index += 1) {
    const block = blocks[index]!;
    if (isPageBreak(block)) continue;
    const words = opening(blockText(block));
    if (words !== '') return { opening: words, photoFirst: passed };
    passed = true;
  }
  return { opening: '', photoFirst: false };
}
