import { useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import type { StoredDocument } from '../../../shared/editor/document';
import { splitPages, type ArticlePage } from '../../../shared/pages/split';
import { useI18n } from '../../i18n/I18n';
import { ExportedPageBody } from '../pages/ExportedPageBody';
import { OPEN_PAGE_PREVIEW_COMMAND } from '../pages/pageBreaks';
import { usePageTracker } from '../pages/PageTracker';

/** Preview page: a read-only view of any page as the export renders it, opened at the caret's page. */
export function PagePreviewPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const tracker = usePageTracker();
  const [preview, setPreview] = useState<{ pages: ArticlePage[]; number: number } | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_PAGE_PREVIEW_COMMAND,
        () => {
          const pages = splitPages(editor.getEditorState().toJSON() as unknown as StoredDocument);
          setPreview({ pages, number: Math.min(tracker.getSnapshot().current, pages.length) });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, tracker],
  );
  const isOpen = preview !== null;
  useEffect(() => {
    if (isOpen) dialog.current?.focus();
  }, [isOpen]);

  if (!preview) return null;
  const { pages, number } = preview;
  const show = (next: number) => setPreview({ pages, number: next });
  const close = () => {
    setPreview(null);
    editor.focus();
  };
  return (
    <div className="rx-modal-backdrop">
      <div
        ref={dialog}
        className="rx-modal rx-preview"
        role="dialog"
        aria-modal="true"
        aria-label={t('preview.dialog')}
        tabIndex={-1}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      >
        <h2>{t('preview.dialog')}</h2>
        <nav className="rx-preview-nav" aria-label={t('pages.navigator')}>
          <button
            type="button"
            className="rx-secondary"
            disabled={number === 1}
            onClick={() => show(number - 1)}
          >
            {t('preview.previous')}
          </button>
          <span className="rx-preview-of">{t('pages.indicator', { x: number, y: pages.length })}</span>
          {pages.map((page) => (
            <button
              key={page.number}
              type="button"
              className="rx-secondary"
              aria-label={t('preview.goTo', { n: page.number })}
              aria-current={page.number === number ? 'page' : undefined}
              onClick={() => show(page.number)}
            >
              {page.number}
            </button>
          ))}
          <button
            type="button"
            className="rx-secondary"
            disabled={number === pages.length}
            onClick={() => show(number + 1)}
          >
            {t('preview.next')}
          </button>
        </nav>
        <ExportedPageBody blocks={pages[number - 1]!.blocks} />
        <div className="rx-modal-actions">
          <button type="button" className="rx-secondary" onClick={close}>
            {t('preview.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
