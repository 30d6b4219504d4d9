import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  type ElementNode,
  type PointType,
} from 'lexical';

/** The caret's place in the body: its top-level block, and where anchor and focus are in that block's text. */
export interface BlockCaret {
  block: number;
  /** Characters of the block's text before the selection's anchor, and before its focus. */
  anchor: number;
  focus: number;
}

/** Characters of `block`'s text before `point`; null when the point is not in the block's text. */
function $charactersBefore(block: ElementNode, point: PointType): number | null {
  if (point.type === 'element') return point.key === block.getKey() && point.offset === 0 ? 0 : null;
  let before = 0;
  for (const text of block.getAllTextNodes()) {
    if (text.getKey() === point.key) return before + point.offset;
    before += text.getTextContentSize();
  }
  return null;
}

/** Where the selection is, counted in its top-level block (that block's start, or the body's, when it cannot be counted). */
export function $blockCaret(): BlockCaret | null {
  const selection = $getSelection();
  const node = selection?.getNodes()[0];
  if (!node || node.is($getRoot())) return { block: 0, anchor: 0, focus: 0 };
  const block = node.getTopLevelElement();
  if (block === null) return { block: 0, anchor: 0, focus: 0 };
  const index = block.getIndexWithinParent();
  if (!$isRangeSelection(selection) || !$isElementNode(block)) return { block: index, anchor: 0, focus: 0 };
  const anchor = $charactersBefore(block, selection.anchor);
  if (anchor === null) return { block: index, anchor: 0, focus: 0 };
  return { block: index, anchor, focus: $charactersBefore(block, selection.focus) ?? anchor };
}

/**
 * Selects from `anchor` to `focus` characters into `block`'s text, as far as its text still reaches
 * (its end when shorter now).
 */
export function $selectInBlock(block: ElementNode, anchor: number, focus: number): void {
  const texts = block.getAllTextNodes();
  const last = texts.at(-1);
  if (last === undefined) {
    block.selectStart();
    return;
  }
  const selection = $createRangeSelection();
  const put = (point: PointType, offset: number) => {
    let left = offset;
    for (const text of texts) {
      const size = text.getTextContentSize();
      if (left <= size) return point.set(text.getKey(), left, 'text');
      left -= size;
    }
    point.set(last.getKey(), last.getTextContentSize(), 'text');
  };
  put(selection.anchor, anchor);
  put(selection.focus, focus);
  $setSelection(selection);
}
