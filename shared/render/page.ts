import type { StoredNode } from '../editor/document';
import { renderBlocks, type BodyContext, type RenderIssue } from './body';
import { renderFigure } from './figure';
import { balancedBidi, EMPTY, element, htmlDocument, join, NEWLINE, text, type Html } from './html';
import { EXPORT_LABELS, type ExportLabels } from './labels';
import { publishedAt, renderHead, type PageMeta } from './metadata';
import { renderRelatedSection, type PublishedRelatedLink } from './related';
import { renderSourcesSection, sourceNames, type ExportAttribution } from './sources';

/** One file of the package: a numbered page, or the whole article on one page (number null). */
export interface PagePlan {
  file: string;
  number: number | null;
  blocks: StoredNode[];
}

export interface PageInput extends Omit<PageMeta, 'file' | 'pageNumber'> {
  page: PagePlan;
  /** Every numbered page's file name, in order (for the pagination links). */
  pageFiles: string[];
  renderBlock?: BodyContext['renderBlock'];
  /** The article's sources: names for attributed spans, and the Sources section on every page. */
  attribution?: ExportAttribution;
  /** The body's related links, listed again after the body on every page. */
  relatedLinks?: readonly PublishedRelatedLink[];
}

export const pageFileName = (number: number): string => (number === 1 ? 'index.html' : `page-${number}.html`);
export const ALL_PAGES_FILE = 'all.html';

/** The date and time a page prints in its `<time>`, in UTC, in the publication's language. */
export function pageDate(iso: string, labels: ExportLabels): string {
  const date = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  const words = labels.dateTime(
    date.getUTCDate(),
    date.getUTCMonth(),
    date.getUTCFullYear(),
    two(date.getUTCHours()),
    two(date.getUTCMinutes()),
  );
  return `${words} UTC`;
}

function renderHeader(input: PageInput, labels: ExportLabels): Html {
  const { article } = input;
  const byline: Html[] = [];
  if (article.writers.length > 0)
    byline.push(
      element(
        'span',
        { class: 'writers' },
        text(`${labels.writer} ${article.writers.map(balancedBidi).join(', ')}`),
      ),
    );
  if (article.editor)
    byline.push(element('span', { class: 'editor' }, text(`${labels.editor} ${article.editor}`)));
  return element(
    'header',
    {},
    article.rubric ? element('p', { class: 'rubric' }, text(article.rubric)) : EMPTY,
    element('h1', {}, text(article.headline)),
    // The lead's line breaks, typed in its field, stay breaks: HTML would run its lines together.
    article.lead.trim()
      ? element(
          'p',
          { class: 'lead' },
          join(
            article.lead
              .trim()
              .split(/\r\n|[\r\n]/)
              .map(text),
            element('br'),
          ),
        )
      : EMPTY,
    byline.length > 0 ? element('p', { class: 'byline' }, join(byline, text(' · '))) : EMPTY,
    element(
      'p',
      { class: 'date' },
      element('time', { datetime: publishedAt(article) }, text(pageDate(publishedAt(article), labels))),
    ),
  );
}

function renderPagination(input: PageInput, labels: ExportLabels): Html {
  const total = input.pageFiles.length;
  if (total < 2) return EMPTY;
  const current = input.page.number;
  const links = input.pageFiles.map((file, index) =>
    element(
      'li',
      {},
      element(
        'a',
        { href: file, 'aria-current': current === index + 1 ? 'page' : undefined },
        text(String(index + 1)),
      ),
    ),
  );
  const parts: Html[] = [];
  if (current !== null) parts.push(element('p', { class: 'page-of' }, text(labels.pageOf(current, total))));
  if (current !== null && current > 1)
    parts.push(element('a', { href: input.pageFiles[current - 2]!, rel: 'prev' }, text(labels.previous)));
  parts.push(element('ol', {}, join(links)));
  if (current !== null && current < total)
    parts.push(element('a', { href: input.pageFiles[current]!, rel: 'next' }, text(labels.next)));
  parts.push(
    element(
      'a',
      { href: ALL_PAGES_FILE, 'aria-current': current === null ? 'page' : undefined },
      text(labels.showAll),
    ),
  );
  return element('nav', { class: 'pagination', 'aria-label': labels.pagesNav }, join(parts, NEWLINE));
}

function datelineLeadIn(input: PageInput): Html | undefined {
  const { prefix, place } = input.article.dateline;
  if (!prefix && !place) return undefined;
  const words = [prefix.trim(), place.trim().toUpperCase()].filter(Boolean).map(balancedBidi).join(', ');
  // Isolated (bdi): Latin words before an Arabic paragraph would otherwise make the whole paragraph, whose
  // direction is its first letter's (style.css), run left to right. The dash stays outside, so it falls
  // between the dateline and the paragraph's words whichever way they run.
  return element('span', { class: 'dateline' }, element('bdi', {}, text(words)), text(' - '));
}

/** One complete, standalone HTML page of the package. Deterministic: same input, same bytes. */
export function renderArticlePage(input: PageInput): { html: string; issues: RenderIssue[] } {
  const labels = EXPORT_LABELS[input.profile.language];
  const { page, article } = input;
  const firstPage = page.number === null || page.number === 1;
  const context: BodyContext = {
    issues: [],
    renderBlock: input.renderBlock,
    leadIn: firstPage ? datelineLeadIn(input) : undefined,
  };
  const names = input.attribution ? sourceNames(input.attribution) : null;
  if (names) context.sourceName = (id) => names.get(id);
  const body = renderBlocks(page.blocks, context);
  // Every page ends as EXPORT.md's structure has it: body, related links, sources, pagination — a
  // reader who lands on page 2 from a search or a share sees where the article's facts came from.
  const sources = input.attribution
    ? renderSourcesSection(input.attribution, labels, input.profile.language, context.issues)
    : EMPTY;
  const related = renderRelatedSection(input.relatedLinks ?? [], labels);
  const meta: PageMeta = { ...input, file: page.file, pageNumber: page.number };
  // The headline's own overrides end before the page number and the publication's name that follow it.
  const headline = balancedBidi(article.headline);
  const title =
    page.number !== null && input.pageFiles.length > 1
      ? `${headline} (${labels.pageOf(page.number, input.pageFiles.length)})`
      : headline;
  const html = htmlDocument(
    element(
      'html',
      { lang: input.profile.language },
      element('head', {}, NEWLINE, renderHead(meta, `${title} – ${input.profile.name}`), NEWLINE),
      NEWLINE,
      element(
        'body',
        {},
        NEWLINE,
        input.logo
          ? element(
              'header',
              { class: 'publication' },
              element(
                'picture',
                {},
                input.logo.webp ? element('source', { type: 'image/webp', srcset: input.logo.webp }) : EMPTY,
                element('img', {
                  src: input.logo.file,
                  alt: input.profile.name,
                  width: input.logo.width,
                  height: input.logo.height,
                }),
              ),
            )
          : EMPTY,
        NEWLINE,
        element(
          'article',
          {},
          NEWLINE,
          renderHeader(input, labels),
          NEWLINE,
          input.featured ? renderFigure(input.featured) : EMPTY,
          NEWLINE,
          element('div', { class: 'article-body' }, NEWLINE, body, NEWLINE),
          NEWLINE,
          related.markup ? join([related, NEWLINE]) : EMPTY,
          sources.markup ? join([sources, NEWLINE]) : EMPTY,
          renderPagination(input, labels),
          NEWLINE,
        ),
        NEWLINE,
        input.profile.copyright
          ? element('footer', {}, element('p', {}, text(input.profile.copyright)))
          : EMPTY,
        NEWLINE,
      ),
    ),
  );
  return { html, issues: context.issues };
}
