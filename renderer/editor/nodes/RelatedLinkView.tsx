import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useId, useRef } from 'react';
import { $getNodeByKey, $isElementNode, stopLexicalPropagation, type NodeKey } from 'lexical';

const OWN_KEYS = ['keydown', 'keyup', 'keypress'] as const;
import type { RelatedLinkFields } from '../../../shared/editor/RelatedLinkNode';
import { EXPORT_LABELS } from '../../../shared/render/labels';
import { usePublication } from '../../app/Publication';
import { useI18n } from '../../i18n/I18n';
import { OPEN_RELATED_LINK_PICKER_COMMAND, relatedHost } from '../related/relatedLinks';
import { useRelatedArticle } from '../related/useRelatedArticle';
import { useBlockSelection } from './useBlockSelection';

/**
 * A related link in the body, as the reader will see it ("Baca juga: <title>" in the publication's
 * language, as the export prints it, the other article's
 * headline as it is now), with where it goes, and a warning when that article no longer exists.
 * Click selects it (Backspace or Delete removes it); Change reopens the picker; Ctrl/Cmd+Z undoes.
 */
export function RelatedLinkView({ nodeKey, link }: { nodeKey: NodeKey; link: RelatedLinkFields }) {
  const [editor] = useLexicalComposerContext();
  const { t, language } = useI18n();
  const publication = usePublication();
  const selected = useBlockSelection(nodeKey);
  const article = useRelatedArticle(link.target);
  const title = article.state === 'found' ? article.headline.trim() || link.title : link.title;
  const where =
    link.target.kind === 'url'
      ? (relatedHost(link.target.url) ?? link.target.url)
      : article.state === 'found' && article.status === 'draft'
        ? t('related.toDraft')
        : t('related.toArticle');
  // The text beside it takes the caret and the focus (Ctrl/Cmd+Z then brings the link back), not the page.
  const remove = () => {
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if (!node) return;
      const next = node.getNextSibling() ?? node.getPreviousSibling();
      node.remove();
      if ($isElementNode(next)) next.selectStart();
    });
    editor.focus();
  };
  // Keys on its own buttons are theirs: Enter presses Remove, never "Enter on a selected block".
  const tools = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const element = tools.current;
    if (!element) return;
    for (const type of OWN_KEYS) element.addEventListener(type, stopLexicalPropagation);
    return () => {
      for (const type of OWN_KEYS) element.removeEventListener(type, stopLexicalPropagation);
    };
  }, []);
  const titleId = useId();
  return (
    <div
      role="group"
      aria-label={t('related.label', { title })}
      className={selected ? 'rx-related rx-selected' : 'rx-related'}
    >
      <p className="rx-related-line">
        <span
          className="rx-related-label"
          lang={publication.language === language ? undefined : publication.language}
        >
          {EXPORT_LABELS[publication.language].readAlso}
        </span>{' '}
        {/* In its own direction, as the export prints it: an Arabic title's "?" at its end. */}
        <span id={titleId} className="rx-related-title" dir="auto">
          {title}
        </span>
      </p>
      {article.state === 'missing' && <p className="rx-related-missing">{t('related.missing')}</p>}
      <span className="rx-related-target">{where}</span>
      <span ref={tools} className="rx-related-tools">
        <button
          type="button"
          aria-describedby={titleId}
          onClick={() => editor.dispatchCommand(OPEN_RELATED_LINK_PICKER_COMMAND, { change: nodeKey })}
        >
          {t('related.edit')}
        </button>
        <button type="button" aria-describedby={titleId} onClick={remove}>
          {t('related.remove')}
        </button>
      </span>
    </div>
  );
}
