import { $findMatchingParent } from '@lexical/utils';
import {
  $createRangeSelection,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  createCommand,
  type BaseSelection,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $withoutEmptyEnd } from '../blocks';
import { PAGE_BREAK_TYPE } from '../../../shared/editor/PageBreakNode';
import { PHOTO_TYPE } from '../../../shared/editor/PhotoNode';
import { RELATED_LINK_TYPE } from '../../../shared/editor/RelatedLinkNode';
import {
  $createSourceMarkNode,
  $isSourceMarkNode,
  type SourceMarkNode,
} from '../../../shared/editor/SourceMarkNode';

/** Opens the tag picker for the selection (toolbar button and Ctrl/Cmd+Alt+S). */
export const OPEN_SOURCE_PICKER_COMMAND = createCommand<void>('OPEN_SOURCE_PICKER_COMMAND');

/** Why the selection cannot be tagged. */
export type TagRefusal =
  'empty' | 'no-text' | 'page-break' | 'photo' | 'related-link' | 'overlap' | 'part-of-link';

/** What tagging the selection would do: tag new words, re-tag (or untag) one existing tag, or nothing. */
export type TagTarget = { refusal: TagRefusal } | { mark: SourceMarkNode | null; part?: boolean };

const $enclosingMark = (node: LexicalNode): SourceMarkNode | null =>
  $isSourceMarkNode(node) ? node : $findMatchingParent(node, $isSourceMarkNode);

/** How many characters of a text node the selection covers. */
function $selectedLength(selection: RangeSelection, node: LexicalNode): number {
  if (!$isTextNode(node)) return 0;
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const size = node.getTextContentSize();
  const from = start.type === 'text' && start.key === node.getKey() ? start.offset : 0;
  const to = end.type === 'text' && end.key === node.getKey() ? end.offset : size;
  return Math.max(0, to - from);
}

/**
 * Checks the selection (the editor's unless told which) before the picker opens or a tag is applied.
 * A caret or selection inside one tag targets that tag (re-tag, untag); a selection of untagged words
 * targets new words; anything crossing a page break, a photo or a related link, or mixing tagged and
 * untagged words, is refused.
 */
export function $tagTarget(selection: BaseSelection | null = $getSelection()): TagTarget {
  // A block selected as a whole (a page break, a photo, a related link) holds no words to attribute.
  if (!$isRangeSelection(selection)) return { refusal: 'empty' };
  return $targetOf($withoutEmptyEnd(selection));
}

function $targetOf(selection: RangeSelection): TagTarget {
  if (selection.isCollapsed()) {
    const mark = $enclosingMark(selection.anchor.getNode());
    return mark ? { mark } : { refusal: 'empty' };
  }
  const nodes = selection.getNodes();
  if (nodes.some((node) => node.getType() === PAGE_BREAK_TYPE)) return { refusal: 'page-break' };
  if (nodes.some((node) => node.getType() === PHOTO_TYPE)) return { refusal: 'photo' };
  if (nodes.some((node) => node.getType() === RELATED_LINK_TYPE)) return { refusal: 'related-link' };
  if (selection.getTextContent().trim() === '') return { refusal: 'no-text' };
  const marks = new Set<string>();
  let untagged = false;
  let only: SourceMarkNode | null = null;
  for (const node of nodes) {
    if ($selectedLength(selection, node) === 0) continue;
    const mark = $enclosingMark(node);
    if (mark) {
      marks.add(mark.getKey());
      only = mark;
    } else untagged = true;
  }
  if (marks.size === 0) return { mark: null };
  if (marks.size === 1 && !untagged && only) {
    // Some of its words only (a word double-clicked in a tagged sentence): see $applyTag.
    const part = selection.getTextContent().trim() !== only.getTextContent().trim();
    // Refused before the picker opens (and before a source is created in it): a tag's link is whole.
    if (part && $cutsALink(selection, nodes, only)) return { refusal: 'part-of-link' };
    return { mark: only, part };
  }
  return { refusal: 'overlap' };
}

/** Whether the selection takes some but not all of the words of a link inside `mark`. */
function $cutsALink(selection: RangeSelection, nodes: LexicalNode[], mark: SourceMarkNode): boolean {
  const inSelection = new Set(nodes.map((node) => node.getKey()));
  return mark.getChildren().some((child) => {
    if (!$isElementNode(child)) return false;
    const selected = child
      .getAllTextNodes()
      .reduce(
        (sum, text) => sum + (inSelection.has(text.getKey()) ? $selectedLength(selection, text) : 0),
        0,
      );
    return selected > 0 && selected < child.getTextContentSize();
  });
}

/**
 * Tags the selection with `sourceId` as $tagTarget says, or returns why not (nothing changes then).
 * A caret in a tag, or a selection of all its words, re-tags the whole tag. A selection of only some
 * of its words (a quote inside a sentence given to someone else) splits the tag there: those words
 * take `sourceId`, the tag's other words keep their source. Words that are not the editor's
 * selection (a source created after its box closed) are tagged where the user's selection stays.
 */
export function $applyTag(
  sourceId: string,
  selection: BaseSelection | null = $getSelection(),
): TagRefusal | null {
  const target = $tagTarget(selection);
  if ('refusal' in target) return target.refusal;
  if (!target.mark) $tagSelection(sourceId, selection);
  else if (target.part) return $retagPart(target.mark, sourceId, selection);
  else target.mark.setSourceId(sourceId);
  return null;
}

/**
 * Takes the selected words out of `mark` — into a tag of `sourceId`, or untagged when it is null —
 * leaving the words before and after them in tags of the mark's source. Call after $tagTarget, which
 * has refused a link only partly selected: a link moves whole.
 */
export function $retagPart(
  mark: SourceMarkNode,
  sourceId: string | null,
  whole: BaseSelection | null = $getSelection(),
): TagRefusal | null {
  if (sourceId === mark.getSourceId()) return null;
  if (!$isRangeSelection(whole)) return 'empty';
  const selection = $withoutEmptyEnd(whole);
  const extracted = selection.extract().filter((node) => $selectedLength(selection, node) > 0);
  const chosen = new Set(extracted.map((node) => node.getKey()));
  const children = mark.getChildren();
  const picked = children.map(
    (child) =>
      chosen.has(child.getKey()) ||
      ($isElementNode(child) && child.getAllTextNodes().some((text) => chosen.has(text.getKey()))),
  );
  const first = picked.indexOf(true);
  if (first < 0) return 'no-text';
  const last = picked.lastIndexOf(true);
  const words = children.slice(first, last + 1);
  const rest = children.slice(last + 1);
  if (rest.length > 0) mark.insertAfter($createSourceMarkNode(mark.getSourceId()).append(...rest));
  if (sourceId === null) for (const node of words.reverse()) mark.insertAfter(node);
  else mark.insertAfter($createSourceMarkNode(sourceId).append(...words));
  if (first === 0) mark.remove();
  return null;
}

/** Whether a node can sit inside a tag: text, a line break, or an inline element such as a link. */
const isInline = (node: LexicalNode): boolean =>
  $isTextNode(node) || $isLineBreakNode(node) || ($isElementNode(node) && node.isInline());

/**
 * Wraps the selected words in tags of `sourceId` (one per block), and selects them when they are the
 * editor's selection; other words leave the user's selection where it is (Lexical keeps its points
 * through the splits). Call after $tagTarget.
 */
export function $tagSelection(sourceId: string, whole: BaseSelection | null = $getSelection()): void {
  if (!$isRangeSelection(whole)) return;
  const selecting = whole === $getSelection();
  const selection = $withoutEmptyEnd(whole);
  if (selecting && selection !== whole) $setSelection(selection);
  const nodes = selection.extract();
  const chosen = new Set(nodes.map((node) => node.getKey()));
  const made: SourceMarkNode[] = [];
  let current: SourceMarkNode | null = null;
  for (const node of nodes) {
    const parent = node.getParent();
    if (!isInline(node) || (parent && chosen.has(parent.getKey()) && parent.isInline())) {
      if (!isInline(node)) current = null;
      continue;
    }
    if ($isTextNode(node) && node.getTextContentSize() === 0) continue;
    const previous = node.getPreviousSibling();
    if (current && previous && previous.is(current)) {
      current.append(node);
      continue;
    }
    current = $createSourceMarkNode(sourceId);
    node.insertBefore(current);
    current.append(node);
    made.push(current);
  }
  const first = made[0]?.getFirstDescendant();
  const last = made.at(-1)?.getLastDescendant();
  if (selecting && $isTextNode(first) && $isTextNode(last)) {
    const range = $createRangeSelection();
    range.anchor.set(first.getKey(), 0, 'text');
    range.focus.set(last.getKey(), last.getTextContentSize(), 'text');
    $setSelection(range);
  }
}

/** Takes a tag off, keeping its words where they are. */
export function $untag(mark: SourceMarkNode): void {
  for (const child of mark.getChildren()) mark.insertBefore(child);
  mark.remove();
}

/**
 * Keeps tags sound however they arrive (paste, undo, typing): a tag inside another is taken off (tags
 * never overlap), a tag with no words left is removed, and two touching tags of one source become one.
 */
export function $normalizeSourceMark(mark: SourceMarkNode): void {
  const parent = mark.getParent();
  if (parent && $enclosingMark(parent)) return $untag(mark);
  if (mark.getTextContent() === '') {
    mark.remove();
    return;
  }
  const next = mark.getNextSibling();
  if ($isSourceMarkNode(next) && next.getSourceId() === mark.getSourceId()) {
    mark.append(...next.getChildren());
    next.remove();
  }
}
