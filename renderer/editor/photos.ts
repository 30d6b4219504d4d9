import { $isListItemNode, type ListItemNode } from '@lexical/list';
import {
  $getSelection,
  $isNodeSelection,
  $isRootOrShadowRoot,
  createCommand,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import type { OpenUndoStep } from './bodyHistory';
import type { Photo } from '../../shared/api/photo';
import {
  $createPhotoNode,
  $isPhotoNode,
  type PhotoFields,
  type PhotoNode,
} from '../../shared/editor/PhotoNode';
import { $insertBlocks, $selectedBlock } from './blocks';
import { $blockWords } from './bodyAnnouncements';
import type { Translate } from '../i18n/I18n';

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

/**
 * Moves a photo that stands alone in a list item: its item changes places with the item above or
 * below; from the list's first or last item the photo goes out of the list, above or below it (its
 * item with it). A nested list's edge keeps it (null). Returns the block it went past.
 */
function $movePhotoItem(node: PhotoNode, item: ListItemNode, direction: 'up' | 'down'): LexicalNode | null {
  const siblingItem = direction === 'up' ? item.getPreviousSibling() : item.getNextSibling();
  if (siblingItem) {
    if (direction === 'up') siblingItem.insertBefore(item);
    else siblingItem.insertAfter(item);
    return siblingItem;
  }
  const list = item.getParent();
  if (!list || !$isRootOrShadowRoot(list.getParent())) return null;
  if (direction === 'up') list.insertBefore(node);
  else list.insertAfter(node);
  item.remove();
  return list;
}

/**
 * Moves a photo block one place up or down among the top-level blocks, or among a list's items when
 * it stands alone in one. Returns the block it went past (to say where it went), null when it cannot move.
 */
export function $movePhoto(node: PhotoNode, direction: 'up' | 'down'): LexicalNode | null {
  const parent = node.getParent();
  if ($isListItemNode(parent) && parent.getChildrenSize() === 1)
    return $movePhotoItem(node, parent, direction);
  const sibling = direction === 'up' ? node.getPreviousSibling() : node.getNextSibling();
  if (!sibling) return null;
  if (direction === 'up') sibling.insertBefore(node);
  else sibling.insertAfter(node);
  return sibling;
}

/** Moves a photo as $movePhoto does; returns what a screen reader is told: where it went, or why it did not. */
export function $movePhotoTold(
  editor: LexicalEditor,
  t: Translate,
  node: PhotoNode,
  direction: 'up' | 'down',
): string {
  const passed = $movePhoto(node, direction);
  if (passed === null) return t(direction === 'up' ? 'photo.atTop' : 'photo.atEnd');
  // Named while its element is still drawn: a list left empty goes at the end of this update.
  const block = $blockWords(editor, passed, t);
  return t(direction === 'up' ? 'photo.movedUp' : 'photo.movedDown', { block });
}

/** The single photo block a node selection holds, if that is what is selected. */
export function $selectedPhoto(): PhotoNode | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const nodes = selection.getNodes();
  return nodes.length === 1 && $isPhotoNode(nodes[0]) ? nodes[0] : null;
}
