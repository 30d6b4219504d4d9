import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR, HISTORY_MERGE_TAG, type NodeKey } from 'lexical';
import {
  $isRelatedLinkNode,
  RelatedLinkNode,
  type RelatedLinkFields,
} from '../../../shared/editor/RelatedLinkNode';
import { useI18n } from '../../i18n/I18n';
import { $selectedBlock } from '../blocks';
import type { OpenUndoStep } from '../bodyHistory';
import { $insertRelatedLink, OPEN_RELATED_LINK_PICKER_COMMAND } from '../related/relatedLinks';
import { RelatedLinkPicker } from '../related/RelatedLinkPicker';
import { focusBody } from '../focusBody';

type Picking =
  | { mode: 'insert'; after: NodeKey | null; onCancel?: () => void; step?: OpenUndoStep }
  | { mode: 'change'; key: NodeKey; current: RelatedLinkFields };

/**
 * Related links ("Read also"): Insert related link opens the picker and places the chosen link after
 * the caret's block; a link's Change button replaces its target. Each is one update, so Undo takes it back.
 */
export function RelatedLinkPlugin({ articleId }: { articleId: string }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [picking, setPicking] = useState<Picking | null>(null);

  useEffect(() => {
    if (!editor.hasNodes([RelatedLinkNode]))
      throw new Error('RelatedLinkPlugin: RelatedLinkNode is not registered.');
    return editor.registerCommand(
      OPEN_RELATED_LINK_PICKER_COMMAND,
      (payload) => {
        const key = payload?.change ?? null;
        const next = editor.getEditorState().read((): Picking | null => {
          if (key === null)
            return {
              mode: 'insert',
              after: $selectedBlock()?.getKey() ?? null,
              onCancel: payload?.onCancel,
              step: payload?.step,
            };
          const node = $getNodeByKey(key);
          return $isRelatedLinkNode(node) ? { mode: 'change', key, current: node.getRelated() } : null;
        });
        setPicking(next);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    );
  }, [editor]);

  const choose = (fields: RelatedLinkFields) => {
    const done = picking;
    setPicking(null);
    if (!done) return;
    editor.update(
      () => {
        if (done.mode === 'change') {
          const node = $getNodeByKey(done.key);
          if ($isRelatedLinkNode(node)) node.setRelated(fields);
          return;
        }
        $insertRelatedLink(fields, done.after === null ? null : $getNodeByKey(done.after));
      },
      // Chosen from the insert menu: one undo step with the menu's, which took the "/…" away.
      done.mode === 'insert' && done.step?.joinable() ? { tag: HISTORY_MERGE_TAG } : undefined,
    );
    focusBody(editor);
  };

  if (!picking) return null;
  return (
    <RelatedLinkPicker
      title={picking.mode === 'insert' ? t('related.dialog') : t('related.change')}
      articleId={articleId}
      current={picking.mode === 'change' ? picking.current : null}
      onChoose={choose}
      onClose={() => {
        setPicking(null);
        focusBody(editor);
        if (picking.mode === 'insert') picking.onCancel?.();
      }}
    />
  );
}
