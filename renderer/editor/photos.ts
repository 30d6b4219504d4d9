import { $getSelection, $isNodeSelection, createCommand, type LexicalNode } from 'lexical';
import type { OpenUndoStep } from './bodyHistory';
import type { Photo } from '../../shared/api/photo';
import {
  $createPhotoNode,
  $isPhotoNode,
  type PhotoFields,
  type PhotoNode,
} from '../../shared/editor/PhotoNode';
import { $insertBlocks, $selectedBlock } from './blocks';

/**
 * Opens Insert photo (toolbar, insert menu). From the insert menu: `onCancel` runs if the picker closes
 * with nothing chosen (the menu puts its "/…" back), and the photos chosen join `step`, the menu's
 * undo step that took the "/…" away.
 */
export const OPEN_PHOTO_PICKER_COMMAND = createCommand<
  { onCancel?: () => void; step?: OpenUndoStep } | undefined
>('OPEN_PHOTO_PICKER_COMMAND');
/** Inserts library photos as blocks after the block holding the selection (or at the end). */
export const INSERT_PHOTOS_COMMAND = createCommand<Photo[]>('INSERT_PHOTOS_COMMAND');

/** A new block's words: the library's caption, credit and alt text, editable per use afterwards. */
export const blockFields = (photo: Photo): Partial<PhotoFields> & { photoId: string } => ({
  photoId: photo.id,
  caption: photo.caption,
  credit: photo.credit,
  altText: photo.altText,
});

/** Inserts photo blocks after `after` (see $insertBlocks, and its `caret`), each with the library's words. */
export function $insertPhotos(
  photos: Photo[],
  after: LexicalNode | null = $selectedBlock(),
  caret: 'after-them' | 'kept' = 'after-them',
): PhotoNode[] {
  return $insertBlocks(
    photos.map((photo) => $createPhotoNode(blockFields(photo))),
    after,
    caret,
  );
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
