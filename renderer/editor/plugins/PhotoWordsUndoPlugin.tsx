import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  $nodesOfType,
  COMMAND_PRIORITY_HIGH,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  mergeRegister,
  REDO_COMMAND,
  UNDO_COMMAND,
  type NodeKey,
} from 'lexical';
import { $isPhotoNode, PhotoNode, type PhotoFields } from '../../../shared/editor/PhotoNode';

/** The words a photo block's own fields edit, each with its own undo (app/textFieldUndo.ts). */
type PhotoWords = Pick<PhotoFields, 'caption' | 'credit' | 'altText'>;
const wordsOf = (node: PhotoNode): PhotoWords => {
  const { caption, credit, altText } = node.getPhoto();
  return { caption, credit, altText };
};

/**
 * The update tags of a photo field's commit: it joins the body's current undo step (HISTORY_MERGE_TAG)
 * rather than making one, since the field's own Ctrl/Cmd+Z takes it back.
 */
export const PHOTO_WORDS_COMMIT_TAG = HISTORY_MERGE_TAG;

/**
 * The body's Undo and Redo leave a photo's caption, credit and alt text as they are: those are undone
 * in their own fields. Lexical's history keeps snapshots of the whole body, words included, so an undo
 * of typing in the body after a field's own undo put back words the field had already taken back (a
 * corrected credit came back wrong, and was saved). The words shown before an undo or redo are written
 * back over the snapshot it restores, into the same step; a photo the undo brings back (removed since)
 * keeps the words it had.
 */
export function PhotoWordsUndoPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let kept: Map<NodeKey, PhotoWords> | null = null;
    const keep = () => {
      kept = editor
        .getEditorState()
        .read(() => new Map($nodesOfType(PhotoNode).map((node) => [node.getKey(), wordsOf(node)])));
      return false; // the history's own handler goes on
    };
    return mergeRegister(
      editor.registerCommand(UNDO_COMMAND, keep, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(REDO_COMMAND, keep, COMMAND_PRIORITY_HIGH),
      editor.registerUpdateListener(({ tags }) => {
        if (!tags.has(HISTORIC_TAG) || kept === null) return;
        const words = kept;
        kept = null;
        if (words.size === 0) return;
        editor.update(
          () => {
            for (const [key, shown] of words) {
              const node = $getNodeByKey(key);
              if (!$isPhotoNode(node)) continue;
              const now = wordsOf(node);
              if (
                now.caption !== shown.caption ||
                now.credit !== shown.credit ||
                now.altText !== shown.altText
              )
                node.setPhoto(shown);
            }
          },
          { tag: HISTORY_MERGE_TAG, discrete: true },
        );
      }),
    );
  }, [editor]);
  return null;
}
