import { useLayoutEffect, useMemo, useRef } from 'react';
import type { StoredNode } from '../../../shared/editor/document';
import { renderBlocks, type BodyContext } from '../../../shared/render/body';
import exportTheme from '../../../resources/export/style.css?url&no-inline';
import previewHost from '../../styles/page-preview.css?url&no-inline';
import { useI18n } from '../../i18n/I18n';

function stylesheet(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return link;
}

/**
 * A page's body as the export writes it: the export's own renderer (shared/render, escaped by
 * construction) and its theme, inside a shadow root so neither the app's styles nor the page's mix.
 */
export function ExportedPageBody({ blocks }: { blocks: StoredNode[] }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const rendered = useMemo(() => {
    const context: BodyContext = { issues: [] };
    return { markup: renderBlocks(blocks, context).markup, issues: context.issues };
  }, [blocks]);

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    // The markup comes from shared/render, whose Html type only escaped text and fixed tags can make.
    const parsed = new DOMParser().parseFromString(rendered.markup, 'text/html');
    const body = document.createElement('div');
    body.className = 'article-body';
    body.append(...parsed.body.childNodes);
    const article = document.createElement('article');
    article.append(body);
    root.replaceChildren(stylesheet(exportTheme), stylesheet(previewHost), article);
  }, [rendered]);

  return (
    <>
      <div ref={host} className="rx-exported-page" />
      {rendered.issues.length > 0 && (
        <div className="rx-preview-issues">
          <p>{t('preview.notShown')}</p>
          <ul>
            {rendered.issues.map((issue) => (
              <li key={`${issue.code}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
