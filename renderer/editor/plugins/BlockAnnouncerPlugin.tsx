import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isNodeSelection,
  COMMAND_PRIORITY_EDITOR,
  HISTORIC_TAG,
} from 'lexical';
import { LiveAnnouncement, useSaid } from '../../app/LiveAnnouncement';
import { useI18n } from '../../i18n/I18n';
import { $isPhotoNode } from '../../../shared/editor/PhotoNode';
import { PhotoViewNode } from '../nodes/PhotoViewNode';
import { blockName, SAY_IN_BODY_COMMAND } from '../bodyAnnouncements';

/**
 * Says which block is selected as a whole (a photo, a page break, a related link) and what the keys
 * do then. The browser's caret leaves the text for such a selection, so a screen reader would
 * otherwise hear nothing: the frame around the block is all there is to see. A photo's own tools say
 * here what they did (SAY_IN_BODY_COMMAND), and a photo that Undo or Redo brings back is named.
 */
export function BlockAnnouncerPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [said, say] = useSaid();
  /** The blocks last said, kept across re-registrations (a language switched): said once per selection. */
  const last = useRef('');
  /** What Undo or Redo brought back, told by the mutation listener to the update listener that follows it. */
  const restored = useRef('');
  useEffect(() => {
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        const keys = editorState.read(() => {
          const selection = $getSelection();
          return $isNodeSelection(selection) ? selection.getNodes().map((node) => node.getKey()) : [];
        });
        const now = keys.join(' ');
        // Photos Undo brought back are said instead: the selection that comes back with them is not
        // named yet (their views are drawn after this update), and would empty the region.
        const back = restored.current;
        restored.current = '';
        if (back !== '') {
          last.current = now;
          say(back);
          return;
        }
        if (now === last.current) return;
        last.current = now;
        if (keys.length > 1) say(t('blocks.selectedMany', { n: keys.length }));
        else if (keys.length === 1) {
          const name = blockName(editor, keys[0]!);
          say(name === null ? '' : t('blocks.selected', { block: name }));
        }
        // Back in the text: the region no longer holds a selection that is gone, for a reader who
        // reads it again (its emptying is not said).
        else say('');
      }),
      editor.registerCommand(
        SAY_IN_BODY_COMMAND,
        (words) => {
          say(words);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // A photo removed (its own Remove button, Delete) and brought back by Undo reappears without a
      // caret near it: its caption says which came back. Moved ones are the same nodes, not created.
      // (The class registered for photos is the view's: the listener goes by it.)
      editor.registerMutationListener(
        PhotoViewNode,
        (mutations, { updateTags }) => {
          if (!updateTags.has(HISTORIC_TAG)) return;
          const back = [...mutations].filter(([, mutation]) => mutation === 'created').map(([key]) => key);
          if (back.length > 1) restored.current = t('photo.restoredMany', { n: back.length });
          if (back.length !== 1) return;
          const caption = editor.getEditorState().read(() => {
            const node = $getNodeByKey(back[0]!);
            return $isPhotoNode(node) ? node.getPhoto().caption : '';
          });
          restored.current = t('photo.restored', { caption: caption || t('photo.untitled') });
        },
        { skipInitialization: true },
      ),
    );
  }, [editor, say, t]);
  return <LiveAnnouncement said={said} />;
}
