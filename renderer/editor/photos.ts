import {
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $createParagraphNode,
  createCommand,
  type LexicalNode,
} from 'lexical';
import type { Photo } from '../../shared/api/photo';
import {
  $createPhotoNode,
  $isPhotoNode,
  type PhotoFields,
  type PhotoNode,
} from '../../shared/editor/PhotoNode';

/** Opens the photo picker (toolbar "Insert photo"). */
export const OPEN_PHOTO_PICKER_COMMAND = createCommand<void>('OPEN_PHOTO_PICKER_COMMAND');
/** Inserts library photos as blocks after the block holding the selection (or at the end). */
export const INSERT_PHOTOS_COMMAND = createCommand<Photo[]>('INSERT_PHOTOS_COMMAND');

/** A new block's words: the library's caption, credit and alt text, editable per use afterwards. */
export const blockFields = (photo: Photo): Partial<PhotoFields> & { photoId: string } => ({
  photoId: photo.id,
  caption: photo.caption,
  credit: photo.credit,
  altText: photo.altText,
});

function $topLevel(node: LexicalNode): LexicalNode {
  let current = node;
  for (let parent = current.getParent(); parent && parent !== $getRoot(); parent = current.getParent())
    current = parent;
  return current;
}

/** The top-level block the selection is in, or null when there is no selection. */
export function $selectedBlock(): LexicalNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return $topLevel(selection.anchor.getNode());
  if ($isNodeSelection(selection)) {
    const [first] = selection.getNodes();
    return first ? $topLevel(first) : null;
  }
  return null;
}

/**
 * Inserts photo blocks after `after` (the selection's block by default; the end of the body when
 * there is none). An empty paragraph is replaced rather than left above the photo, and the body
 * always ends with a paragraph to type in.
 */
export function $insertPhotos(photos: Photo[], after: LexicalNode | null = $selectedBlock()): PhotoNode[] {
  const root = $getRoot();
  const nodes = photos.map((photo) => $createPhotoNode(blockFields(photo)));
  let anchor = after && after.isAttached() ? after : root.getLastChild();
  for (const node of nodes) {
    if (
      anchor &&
      $isParagraphNode(anchor) &&
      anchor.getTextContentSize() === 0 &&
      anchor.getChildrenSize() === 0
    )
      anchor.replace(node);
    else if (anchor) anchor.insertAfter(node);
    else root.append(node);
    anchor = node;
  }
  if (anchor && anchor === root.getLastChild()) root.append($createParagraphNode());
  // The caret goes to the block after the photos, so typing carries on below them.
  const next = anchor?.getNextSibling();
  if ($isElementNode(next)) next.selectStart();
  return nodes;
}

/** Moves a photo block one place up or down among the top-level blocks; false when it cannot move. */
export function $movePhoto(node: PhotoNode, direction: 'up' | 'down'): boolean {
  const sibling = direction === 'up' ? node.getPreviousSibling() : node.getNextSibling();
  if (!sibling) return false;
  if (direction === 'up') sibling.insertBefore(node);
  else sibling.insertAfter(node);
  return true;
}

/** The single photo block a node selection holds, if that is what is selected. */
export function $selectedPhoto(): PhotoNode | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const nodes = selection.getNodes();
  return nodes.length === 1 && $isPhotoNode(nodes[0]) ? nodes[0] : null;
}
