import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import type { RelatedLinkFields } from '../../../shared/editor/RelatedLinkNode';
import { useI18n } from '../../i18n/I18n';
import { OPEN_RELATED_LINK_PICKER_COMMAND, relatedHost } from '../related/relatedLinks';
import { useBlockSelection } from './useBlockSelection';

/**
 * A related link in the body, as the reader will see it ("Read also: <title>"), with where it goes.
 * Click selects it (Backspace or Delete removes it); Change reopens the picker; Ctrl/Cmd+Z undoes.
 */
export function RelatedLinkView({ nodeKey, link }: { nodeKey: NodeKey; link: RelatedLinkFields }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [selected] = useBlockSelection(nodeKey);
  const where =
    link.target.kind === 'article'
      ? t('related.toArticle')
      : (relatedHost(link.target.url) ?? link.target.url);
  const remove = () =>
    editor.update(() => {
      $getNodeByKey(nodeKey)?.remove();
    });
  return (
    <div
      role="group"
      aria-label={t('related.label', { title: link.title })}
      className={selected ? 'rx-related rx-selected' : 'rx-related'}
    >
      <p className="rx-related-line">
        <span className="rx-related-label">{t('related.readAlso')}</span>{' '}
        <span className="rx-related-title">{link.title}</span>
      </p>
      <span className="rx-related-target">{where}</span>
      <span className="rx-related-tools">
        <button
          type="button"
          onClick={() => editor.dispatchCommand(OPEN_RELATED_LINK_PICKER_COMMAND, nodeKey)}
        >
          {t('related.edit')}
        </button>
        <button type="button" onClick={remove}>
          {t('related.remove')}
        </button>
      </span>
    </div>
  );
}
