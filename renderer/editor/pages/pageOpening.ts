import type { StoredNode } from '../../../shared/editor/document';
import { PHOTO_TYPE } from '../../../shared/editor/PhotoNode';
import { blockText, isPageBreak } from '../../../shared/pages/blocks';

/** How a proposed page begins, for Auto-split's list: `photoFirst` when a photo comes before its first words. */
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
  let passed = false; // a photo comes before the words (a blank line or a related link is no photo)
  for (let index = first; index < Math.min(end, blocks.length); index += 1) {
    const block = blocks[index]!;
    if (isPageBreak(block)) continue;
    const words = opening(blockText(block));
    if (words !== '') return { opening: words, photoFirst: passed };
    passed ||= holdsPhoto(block);
  }
  return { opening: '', photoFirst: false };
}

/** Whether the block is a photo or holds one (a list item may). Iterative: depth never matters. */
function holdsPhoto(block: StoredNode): boolean {
  const stack = [block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === PHOTO_TYPE) return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}
