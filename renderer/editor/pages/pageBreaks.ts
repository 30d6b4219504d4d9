import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import {
  $addUpdateTag,
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isNodeSelection,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  $setSelection,
  createCommand,
  HISTORY_PUSH_TAG,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type TextNode,
} from 'lexical';
import { $isPhotoNode } from '../../../shared/editor/PhotoNode';
import { KEEP_WITH_NEXT_TYPES } from '../../../shared/pages/blocks';
import { hasVisibleText } from '../../../shared/text/characters';
import {
  $createPageBreakNode,
  $isPageBreakNode,
  type PageBreakNode,
} from '../../../shared/editor/PageBreakNode';
import { $trimEdge } from './splitRejoin';

/** Inserts a page break at the caret (toolbar button and Ctrl/Cmd+Enter). */
export const INSERT_PAGE_BREAK_COMMAND = createCommand<void>('INSERT_PAGE_BREAK_COMMAND');
export const OPEN_AUTO_SPLIT_COMMAND = createCommand<void>('OPEN_AUTO_SPLIT_COMMAND');
export const OPEN_PAGE_PREVIEW_COMMAND = createCommand<void>('OPEN_PAGE_PREVIEW_COMMAND');

/** Why a page break may not go (or stay) where it is. */
export type PageBreakRefusal =
  | 'no-caret'
  | 'inside-quote-or-list'
  | 'at-start'
  | 'at-end'
  | 'next-to-break'
  /** The caret at a heading (or the text under it) that already opens its page: the break would go above it. */
  | 'heading-opens-page'
  /** The caret under (or at) a photo that already opens its page: the break would go above it. */
  | 'photo-opens-page';

/**
 * Whether a top-level block shows anything: non-blank text, or a photo or other non-text block — also
 * one nested in it (a list item may hold a photo or a related link), as blockHasContent in
 * shared/pages/blocks.ts says for the export: the tracker keeps the break of a page the export keeps.
 */
export function $blockHasContent(block: LexicalNode): boolean {
  if ($isPageBreakNode(block)) return false;
  if (!$isElementNode(block)) return true;
  if (hasVisibleText(block.getTextContent())) return true;
  const pending: LexicalNode[] = block.getChildren();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if ($isDecoratorNode(node) && !$isPageBreakNode(node)) return true;
    if ($isElementNode(node)) pending.push(...node.getChildren());
  }
  return false;
}

/**
 * Walks from `from` (not included) towards the start or end of its page. 'content' as soon as a block
 * with content is found; otherwise what ended the page: another page break or the edge of the article.
 */
export function $pageSide(from: LexicalNode, direction: 'previous' | 'next'): 'content' | 'break' | 'edge' {
  let node = direction === 'previous' ? from.getPreviousSibling() : from.getNextSibling();
  while (node !== null) {
    if ($isPageBreakNode(node)) return 'break';
    if ($blockHasContent(node)) return 'content';
    node = direction === 'previous' ? node.getPreviousSibling() : node.getNextSibling();
  }
  return 'edge';
}

const refusalFor = (side: 'break' | 'edge', direction: 'previous' | 'next'): PageBreakRefusal =>
  side === 'break' ? 'next-to-break' : direction === 'previous' ? 'at-start' : 'at-end';

/**
 * What is wrong with a page break whatever is typed next: inside a quote or list, first or last in the
 * article, or straight beside another break. A page left with only empty paragraphs is not this: the
 * editor may be writing it again, and the page tracker takes its break out once the caret leaves it.
 */
export function $pageBreakMisplaced(pageBreak: PageBreakNode): PageBreakRefusal | null {
  if (!$isRootNode(pageBreak.getParent())) return 'inside-quote-or-list';
  const previous = pageBreak.getPreviousSibling();
  const next = pageBreak.getNextSibling();
  if ($isPageBreakNode(previous) || $isPageBreakNode(next)) return 'next-to-break';
  if (previous === null) return 'at-start';
  if (next === null) return 'at-end';
  return null;
}

/**
 * A pasted break that would end a page holding only headings or photos (a Word page break pasted
 * under a subheading that opens its page): Insert page break refuses that place, saying why. Null
 * when the page before the break has other content, or none (an empty page waits to be written).
 */
export function $pastedBreakStrandsKept(pageBreak: PageBreakNode): PageBreakRefusal | null {
  let kept: LexicalNode | null = null;
  for (let above = pageBreak.getPreviousSibling(); above !== null; above = above.getPreviousSibling()) {
    if ($isPageBreakNode(above)) break;
    if (!$blockHasContent(above)) continue;
    if (!KEEP_WITH_NEXT_TYPES.has(above.getType())) return null;
    kept = above;
  }
  if (kept === null) return null;
  return $isPhotoNode(kept) ? 'photo-opens-page' : 'heading-opens-page';
}

const isQuoteOrList = (node: LexicalNode): boolean =>
  $isQuoteNode(node) || $isListNode(node) || $isListItemNode(node);

/**
 * Takes the page breaks out of nodes about to be pasted into a quote or list (where Lexical would split
 * the quote or list around them); returns how many. Nothing changes for a paste anywhere else.
 */
export function $dropBreaksPastedIntoQuoteOrList(nodes: LexicalNode[], selection: unknown): number {
  if (!$isRangeSelection(selection)) return 0;
  const anchor = selection.anchor.getNode();
  if (!isQuoteOrList(anchor) && !$findMatchingParent(anchor, isQuoteOrList)) return 0;
  let dropped = 0;
  const pending: LexicalNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    if ($isPageBreakNode(nodes[i])) {
      nodes.splice(i, 1);
      dropped += 1;
    } else pending.push(nodes[i]!);
  }
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!$isElementNode(node)) continue;
    for (const child of node.getChildren()) {
      if ($isPageBreakNode(child)) {
        child.remove();
        dropped += 1;
      } else pending.push(child);
    }
  }
  return dropped;
}

/**
 * Whether the selected text runs across a page break: a list made of it would be cut in two by the
 * break, its numbering starting again on the next page (a break may not fall inside a list).
 */
export function $selectionCrossesPageBreak(): boolean {
  const selection = $getSelection();
  return (
    $isRangeSelection(selection) && !selection.isCollapsed() && selection.getNodes().some($isPageBreakNode)
  );
}

/**
 * Whether a paste holds a page break and nothing else to read (a break copied alone, in Redaksi or
 * from Word or Google Docs, may come with empty paragraphs around it).
 */
export function $onlyPageBreaks(nodes: LexicalNode[]): boolean {
  return (
    nodes.some($isPageBreakNode) &&
    nodes.every(
      (node) =>
        $isPageBreakNode(node) ||
        ($isElementNode(node) &&
          !node.isInline() &&
          node.getTextContent().trim() === '' &&
          node.getChildren().every((child) => $isTextNode(child) || $isLineBreakNode(child))),
    )
  );
}

/** The text of `block` before and after `point`, in reading order. */
function $textAround(
  block: ElementNode,
  point: { node: LexicalNode; offset: number },
): { before: string; after: string } {
  let before = '';
  let after = '';
  let passed = false;
  const pointNode = point.node;
  const visit = (node: LexicalNode): void => {
    if ($isTextNode(node) || $isLineBreakNode(node) || $isDecoratorNode(node)) {
      const text = $isDecoratorNode(node) ? '\u{FFFC}' : node.getTextContent();
      if (node.is(pointNode)) {
        before += text.slice(0, point.offset);
        after += text.slice(point.offset);
        passed = true;
      } else if (passed) after += text;
      else before += text;
      return;
    }
    if (!$isElementNode(node)) return;
    node.getChildren().forEach((child, index) => {
      if (node.is(pointNode) && index === point.offset) passed = true;
      visit(child);
    });
    if (node.is(pointNode) && point.offset >= node.getChildrenSize()) passed = true;
  };
  visit(block);
  return { before, after };
}

type Placement =
  | { kind: 'before'; block: LexicalNode }
  | { kind: 'after'; block: LexicalNode }
  | { kind: 'split'; point: Pick<PointType, 'key' | 'offset' | 'type'> };

/** The block's text, photo and line-break leaves, in reading order (a link's or tag's text included). */
function $inlineLeaves(block: ElementNode): LexicalNode[] {
  const leaves: LexicalNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isElementNode(node)) node.getChildren().forEach(visit);
    else leaves.push(node);
  };
  block.getChildren().forEach(visit);
  return leaves;
}

const isSpace = (char: string) => /\s/u.test(char);

/**
 * The point moved back to the start of the word it is in, so that no word is cut across two pages —
 * a word whose letters are in several text nodes (a bold part, a link's edge) included. A line break
 * or a photo ends a word as a space does.
 */
function $wordStart(block: ElementNode, point: PointType): Pick<PointType, 'key' | 'offset' | 'type'> {
  const { key, offset, type } = point;
  const node = point.getNode();
  if (type !== 'text' || !$isTextNode(node)) return { key, offset, type };
  const leaves = $inlineLeaves(block);
  let index = leaves.findIndex((leaf) => leaf.is(node));
  // Only a point inside a word moves: a letter right after it (maybe in the next text node).
  const next = leaves.slice(index + 1).find((leaf) => !$isTextNode(leaf) || leaf.getTextContentSize() > 0);
  const letterAfter =
    offset < node.getTextContentSize()
      ? !isSpace(node.getTextContent()[offset]!)
      : $isTextNode(next) && !isSpace(next.getTextContent()[0]!);
  if (index < 0 || !letterAfter) return { key, offset, type };
  let leaf: TextNode = node;
  let at = offset;
  for (;;) {
    if (at > 0) {
      if (isSpace(leaf.getTextContent()[at - 1]!)) break;
      at -= 1;
      continue;
    }
    const previous = leaves[index - 1];
    if (!$isTextNode(previous)) break;
    index -= 1;
    leaf = previous;
    at = previous.getTextContentSize();
  }
  return { key: leaf.getKey(), offset: at, type: 'text' };
}

/**
 * The page may not end on a heading or a photo (KEEP_WITH_NEXT_TYPES, as auto-split and the export's
 * page rules have it): a break asked for right after one goes above it instead, so that it opens the
 * next page with the text it leads into — and above the headings and photos right above that one,
 * blank paragraphs between them aside. Returns the placement moved up, or as it was.
 */
function $aboveKeptWithNext(placement: Placement): Placement {
  if (placement.kind === 'split') return placement;
  let first: LexicalNode | null = placement.kind === 'before' ? placement.block : null;
  let above = placement.kind === 'before' ? placement.block.getPreviousSibling() : placement.block;
  for (;;) {
    // Blank paragraphs show nothing: what counts is the last block above that does.
    while (above !== null && !$isPageBreakNode(above) && !$blockHasContent(above))
      above = above.getPreviousSibling();
    if (above === null || !KEEP_WITH_NEXT_TYPES.has(above.getType())) break;
    first = above;
    above = above.getPreviousSibling();
  }
  return first === null || (placement.kind === 'before' && first.is(placement.block))
    ? placement
    : { kind: 'before', block: first };
}

/** Where the caret (or selection) asks for the break, before $aboveKeptWithNext moves it. */
function $askedPlacement(): Placement | PageBreakRefusal {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) {
    const last = selection.getNodes().at(-1)?.getTopLevelElement();
    return last ? { kind: 'after', block: last } : 'no-caret';
  }
  if (!$isRangeSelection(selection)) return 'no-caret';
  // With text selected, the page starts where the selection does (the text stays where it was).
  const point = selection.isBackward() ? selection.focus : selection.anchor;
  const node = point.getNode();
  if ($isRootNode(node)) {
    const child = node.getChildAtIndex(point.offset);
    if (child) return { kind: 'before', block: child };
    const last = node.getLastChild();
    return last ? { kind: 'after', block: last } : 'no-caret';
  }
  if ($findMatchingParent(node, isQuoteOrList)) return 'inside-quote-or-list';
  const block = node.getTopLevelElement();
  if (!block) return 'no-caret';
  if (!$isElementNode(block)) return { kind: 'after', block };
  // A heading opens what follows it: the new page starts with it, never between its words.
  if ($isHeadingNode(block)) return { kind: 'before', block };
  const { before, after } = $textAround(block, { node, offset: point.offset });
  if (before.trim() === '') return { kind: 'before', block };
  if (after.trim() === '') return { kind: 'after', block };
  const start = $wordStart(block, point);
  const startNode = $getNodeByKey(start.key);
  if (
    (start.key !== point.key || start.offset !== point.offset) &&
    startNode &&
    $textAround(block, { node: startNode, offset: start.offset }).before.trim() === ''
  )
    return { kind: 'before', block };
  return { kind: 'split', point: start };
}

function $placement(): Placement | PageBreakRefusal {
  const asked = $askedPlacement();
  return typeof asked === 'string' ? asked : $aboveKeptWithNext(asked);
}

/** Why a break at this placement would break the rules, or null. */
function $placementProblem(placement: Placement): PageBreakRefusal | null {
  if (placement.kind === 'split') return null; // text on both sides of the caret
  const { block } = placement;
  if ($isPageBreakNode(block)) return 'next-to-break';
  const blockCounts = $blockHasContent(block);
  const previous = placement.kind === 'after' && blockCounts ? 'content' : $pageSide(block, 'previous');
  // A break asked for at a heading, or under a photo, goes above it: where a page already starts
  // there, say that (the page the editor sees has text; it is the heading or photo that cannot leave it).
  if (previous !== 'content' && placement.kind === 'before' && $isHeadingNode(block))
    return 'heading-opens-page';
  if (previous !== 'content' && placement.kind === 'before' && $isPhotoNode(block)) return 'photo-opens-page';
  if (previous !== 'content') return refusalFor(previous, 'previous');
  const next = placement.kind === 'before' && blockCounts ? 'content' : $pageSide(block, 'next');
  if (next !== 'content') return refusalFor(next, 'next');
  return null;
}

/**
 * Puts a page break between blocks at the caret, splitting the paragraph when the caret is mid-text,
 * as one undo step. Returns why it refused instead, changing nothing.
 */
export function $insertPageBreak(): PageBreakRefusal | null {
  const placement = $placement();
  if (typeof placement === 'string') return placement;
  const problem = $placementProblem(placement);
  if (problem) return problem;
  $addUpdateTag(HISTORY_PUSH_TAG);
  const pageBreak = $createPageBreakNode();
  if (placement.kind === 'before') {
    placement.block.insertBefore(pageBreak);
  } else if (placement.kind === 'after') {
    placement.block.insertAfter(pageBreak);
    const next = pageBreak.getNextSibling();
    if ($isElementNode(next)) next.selectStart();
  } else {
    const caret = $createRangeSelection();
    const { key, offset, type } = placement.point;
    caret.anchor.set(key, offset, type);
    caret.focus.set(key, offset, type);
    $setSelection(caret);
    const second = caret.insertParagraph();
    if (second) {
      second.insertBefore(pageBreak);
      // The space (or line break) between the two halves belongs to neither page: the break keeps
      // it, to put it back if it goes (splitRejoin.ts).
      const end = second.getPreviousSibling()?.getPreviousSibling();
      const taken = ($isElementNode(end) ? $trimEdge(end, 'end') : '') + $trimEdge(second, 'start');
      pageBreak.setSplitSpace(taken);
      second.selectStart();
    }
  }
  return null;
}
