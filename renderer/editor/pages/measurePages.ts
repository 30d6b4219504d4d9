import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isRootNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $isPageBreakNode } from '../../../shared/editor/PageBreakNode';
import { keptWithNext, SHORT_PAGE_WORDS } from '../../../shared/pages/blocks';
import { keepEndsBeforeContent } from '../../../shared/pages/split';
import { countWords } from '../../../shared/text/words';
import { $blockHasContent } from './pageBreaks';
import type { PageSummary, PagesSnapshot } from './PageTracker';

export interface BlockMeasure {
  text: string;
  words: number;
  content: boolean;
  /** The cache generation this measure was last checked in (see PageMeasureCache). */
  checked: number;
}

/**
 * Measures of top-level blocks by key. The owner deletes the keys an update made dirty; after an undo
 * or redo (which replaces the whole state and names no dirty keys) it bumps `generation`, and every
 * older measure is checked against its block's text again before it is used.
 */
export interface PageMeasureCache {
  blocks: Map<NodeKey, BlockMeasure>;
  generation: number;
}

export interface MeasuredPages extends PagesSnapshot {
  hasContent: boolean[];
}

function $caretBlockKey(): NodeKey | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection) && $isRootNode(selection.focus.getNode())) {
    // Between two blocks (after a photo, say): the caret belongs with the block before it.
    const { offset } = selection.focus;
    return (
      $getRoot()
        .getChildAtIndex(Math.max(0, offset - 1))
        ?.getKey() ?? null
    );
  }
  const node: LexicalNode | undefined = $isRangeSelection(selection)
    ? selection.focus.getNode()
    : $isNodeSelection(selection)
      ? selection.getNodes()[0]
      : undefined;
  return node?.getTopLevelElement()?.getKey() ?? null;
}

/** The caret's page now, counted as the status line counts it (a selected break opens its page). */
export function $caretPage(): number | null {
  const caretKey = $caretBlockKey();
  if (caretKey === null) return null;
  let page = 1;
  for (const block of $getRoot().getChildren()) {
    if ($isPageBreakNode(block)) page += 1;
    if (block.getKey() === caretKey) return page;
  }
  return null;
}

/**
 * The pages of the editor's body and the caret's page, in one walk over the top-level blocks, with
 * words from the cache unless a block changed. Measuring stops at `deadline` (performance.now()) and
 * returns null, keeping what it measured, so a cold start runs in slices that leave room for input;
 * call again to go on. A complete pass leaves the cache holding exactly the blocks that exist now.
 */
export function $measurePages(cache: PageMeasureCache, deadline = Infinity): MeasuredPages | null {
  const caretKey = $caretBlockKey();
  const pages: PageSummary[] = [];
  const hasContent: boolean[] = [];
  let page: PageSummary = { number: 1, words: 0, breakKey: null, short: false, endsOn: null };
  let content = false;
  let current = 1;
  const seen = new Map<NodeKey, BlockMeasure>();
  for (const block of $getRoot().getChildren()) {
    const key = block.getKey();
    if ($isPageBreakNode(block)) {
      pages.push(page);
      hasContent.push(content);
      page = { number: pages.length + 1, words: 0, breakKey: key, short: false, endsOn: null };
      content = false;
    } else {
      const measure = $measureBlock(block, cache, deadline);
      if (!measure) return null;
      seen.set(key, measure);
      page.words += measure.words;
      if (measure.content) {
        content = true;
        page.endsOn = keptWithNext(block.getType());
      }
    }
    if (key === caretKey) current = page.number;
  }
  pages.push(page);
  hasContent.push(content);
  keepEndsBeforeContent(pages, (index) => hasContent[index]!);
  cache.blocks = seen;
  if (pages.length > 1) for (const each of pages) each.short = each.words < SHORT_PAGE_WORDS;
  return { pages, current, hasContent };
}

function $measureBlock(block: LexicalNode, cache: PageMeasureCache, deadline: number): BlockMeasure | null {
  const key = block.getKey();
  const known = cache.blocks.get(key);
  if (known && known.checked === cache.generation) return known;
  if (performance.now() > deadline) return null;
  const text = $isElementNode(block) ? block.getTextContent() : '';
  const measure =
    known && known.text === text
      ? { ...known, checked: cache.generation }
      : { text, words: countWords(text), content: $blockHasContent(block), checked: cache.generation };
  cache.blocks.set(key, measure);
  return measure;
}
