import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isNodeSelection, type LexicalEditor } from 'lexical';
import { LiveAnnouncement, useSaid } from '../../app/LiveAnnouncement';
import { useI18n } from '../../i18n/I18n';

/** The name a selected block shows to assistive technology (its own aria-label: "Photo: …", "Page break: …"). */
function blockName(editor: LexicalEditor, key: string): string | null {
  const element = editor.getElementByKey(key);
  const named = element?.matches('[aria-label]') ? element : element?.querySelector('[aria-label]');
  return named?.getAttribute('aria-label') ?? null;
}

/**
 * Says which block is selected as a whole (a photo, a page break, a related link) and what the keys
 * do then. The browser's caret leaves the text for such a selection, so a screen reader would
 * otherwise hear nothing: the frame around the block is all there is to see.
 */
export function BlockAnnouncerPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [said, say] = useSaid();
  /** The blocks last said, kept across re-registrations (a language switched): said once per selection. */
  const last = useRef('');
  useEffect(() => {
    return editor.registerUpdateListener(({ editorState }) => {
      const keys = editorState.read(() => {
        const selection = $getSelection();
        return $isNodeSelection(selection) ? selection.getNodes().map((node) => node.getKey()) : [];
      });
      const now = keys.join(' ');
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
    });
  }, [editor, say, t]);
  return <LiveAnnouncement said={said} />;
}
