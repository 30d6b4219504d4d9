import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  HISTORY_MERGE_TAG,
  KEY_DOWN_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import type { Photo } from '../../../shared/api/photo';
import { PhotoNode } from '../../../shared/editor/PhotoNode';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18n';
import { PhotoImportRun } from '../../photos/importRun';
import { ImportProgress } from '../../photos/ImportProgress';
import { PhotoPicker, photosById } from '../../photos/PhotoPicker';
import {
  $insertPhotos,
  $movePhotoTold,
  $selectedPhoto,
  INSERT_PHOTOS_COMMAND,
  OPEN_PHOTO_PICKER_COMMAND,
} from '../photos';
import { $selectedBlock } from '../blocks';
import type { OpenUndoStep } from '../bodyHistory';
import { registerLanding } from '../../articles/pendingSaves';
import { SAY_IN_BODY_COMMAND } from '../bodyAnnouncements';

/**
 * Places photos after a block, in the article at once (a save made right after carries them). Chosen
 * in the picker (which closes; the user waits for them) they take the focus, the caret after them.
 * Arrived on their own (a dropped or pasted file's import ending, seconds later) they leave the
 * focus, the caret and the selection where the user has them now: typing on, in the body or in
 * another field, goes on where it was. Chosen from the insert menu, they join its undo `step`.
 */
function insertPhotosAfter(
  editor: LexicalEditor,
  after: NodeKey | null,
  photos: Photo[],
  arrival: 'chosen' | 'imported',
  step?: OpenUndoStep,
): void {
  const chosen = arrival === 'chosen';
  editor.update(
    () => {
      $insertPhotos(photos, after === null ? null : $getNodeByKey(after), chosen ? 'after-them' : 'kept');
    },
    // Nor is the page's caret written: in another field it would pull the focus, and in the body the
    // editor may not have read the user's last click or key yet (its older caret would move them back).
    {
      discrete: true,
      tag: [...(chosen ? [] : [SKIP_DOM_SELECTION_TAG]), ...(step?.joinable() ? [HISTORY_MERGE_TAG] : [])],
    },
  );
  if (chosen) editor.focus();
}

/**
 * Photos in the body: Insert photo opens the picker, image files dropped (or pasted) on the body are
 * imported and placed where they fell, and a selected photo moves with Alt+ArrowUp / Alt+ArrowDown.
 * Every change is one editor update, so Undo takes it back.
 */
export function PhotoPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  // The block the photos go after, remembered when the picker opens or the files drop.
  const [picking, setPicking] = useState<{
    after: NodeKey | null;
    onCancel?: () => void;
    step?: OpenUndoStep;
  } | null>(null);
  const [dropped, setDropped] = useState<PhotoImportRun | null>(null);

  useEffect(() => {
    if (!editor.hasNodes([PhotoNode])) throw new Error('PhotoPlugin: PhotoNode is not registered.');
    const blockKey = () => editor.getEditorState().read(() => $selectedBlock()?.getKey() ?? null);
    return mergeRegister(
      editor.registerCommand(
        OPEN_PHOTO_PICKER_COMMAND,
        (payload) => {
          setPicking({ after: blockKey(), onCancel: payload?.onCancel, step: payload?.step });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        INSERT_PHOTOS_COMMAND,
        (photos) => {
          $insertPhotos(photos);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          const after = $selectedBlock()?.getKey() ?? null;
          const run = new PhotoImportRun(api, files);
          setDropped(run);
          const placed = run
            .run()
            .then(async (ids) => {
              const photos = await photosById(ids);
              if (photos.length > 0) insertAfter(after, photos);
              if (!run.snapshot.files.some((file) => file.state === 'failed')) setDropped(null);
            })
            .catch((error: unknown) => console.error('[redaksi] dropped photos not placed', error));
          // Leaving the article (or closing the window) waits for them to be placed and saved.
          const landed = registerLanding(() => placed);
          void placed.finally(landed);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return false;
          const photo = $selectedPhoto();
          if (!photo) return false;
          event.preventDefault();
          const told = $movePhotoTold(editor, t, photo, event.key === 'ArrowUp' ? 'up' : 'down');
          editor.dispatchCommand(SAY_IN_BODY_COMMAND, told);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );

    function insertAfter(after: NodeKey | null, photos: Photo[]): void {
      insertPhotosAfter(editor, after, photos, 'imported');
    }
  }, [editor, t]);

  const choose = (photos: Photo[]) => {
    const after = picking?.after ?? null;
    setPicking(null);
    // Chosen in the picker, which closes: the body takes the focus back.
    insertPhotosAfter(editor, after, photos, 'chosen', picking?.step);
  };

  return (
    <>
      {dropped && <ImportProgress run={dropped} onDismiss={() => setDropped(null)} />}
      {picking && (
        <PhotoPicker
          title={t('toolbar.insertPhoto')}
          onChoose={choose}
          onClose={() => {
            setPicking(null);
            editor.focus();
            picking.onCancel?.();
          }}
        />
      )}
    </>
  );
}
