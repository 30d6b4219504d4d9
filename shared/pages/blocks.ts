import { documentPlainText, type StoredNode } from '../editor/document';
import { PAGE_BREAK_TYPE } from '../editor/PageBreakNode';
import { PHOTO_TYPE } from '../editor/PhotoNode';
import { RELATED_LINK_TYPE } from '../editor/RelatedLinkNode';
import { hasVisibleText } from '../text/characters';
import { countWords } from '../text/words';

/** A page of fewer words than this gets a hint in the editor and a warning before export. */
export const SHORT_PAGE_WORDS = 100;

/** Blocks made of text: empty (or only spaces) they carry nothing a reader would see. */
const TEXT_BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'list']);

/** What shows without text wherever it stands: a list item may hold a photo or a related link. */
const SHOWN_WITHOUT_TEXT: ReadonlySet<string> = new Set([PHOTO_TYPE, RELATED_LINK_TYPE]);

/**
 * Blocks that belong with what follows them, so a page may not end on one: a photo (its story
 * continues below it) and a heading (it introduces the next paragraph).
 */
export const KEEP_WITH_NEXT_TYPES: ReadonlySet<string> = new Set(['photo', 'heading']);
export type KeptWithNext = 'photo' | 'heading';

/** The block type, when it is one a page may not end on. */
export const keptWithNext = (type: string): KeptWithNext | null =>
  KEEP_WITH_NEXT_TYPES.has(type) ? (type as KeptWithNext) : null;

export const isPageBreak = (node: StoredNode): boolean => node.type === PAGE_BREAK_TYPE;

/** The block's text, one line per nested block, as search and the word count read it. */
export const blockText = (block: StoredNode): string =>
  documentPlainText({ root: { type: 'root', children: [block] } });

export const blockWords = (block: StoredNode): number => countWords(blockText(block));

/**
 * Whether a top-level block shows anything: text that is not blank, or a photo or other non-text
 * block — also one nested in it (a list whose item holds only a photo shows the photo). The editor's
 * $blockHasContent says the same, so the tracker and the export agree on which page is empty.
 */
export function blockHasContent(block: StoredNode): boolean {
  if (isPageBreak(block)) return false;
  if (!TEXT_BLOCK_TYPES.has(block.type)) return true;
  // Blank: spaces, or characters that take no room (a zero-width space, a soft hyphen).
  if (hasVisibleText(blockText(block))) return true;
  const stack: StoredNode[] = [...(block.children ?? [])]; // iterative: depth never matters
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (SHOWN_WITHOUT_TEXT.has(node.type)) return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}
