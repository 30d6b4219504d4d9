import type { Article } from '../../../shared/api/article';
import type { ExportIssue, ExportPreflight } from '../../../shared/api/export';
import { documentPlainText } from '../../../shared/editor/document';
import type { PagePlan } from '../../../shared/render/page';
import { splitPages } from '../../../shared/pages/split';
import { storedBlocks } from '../../../shared/sources/blocks';
import { quoteExcerpt, unsourcedQuotes } from '../../../shared/sources/quotes';

export const LONG_HEADLINE = 110;
// Placeholders reporters leave for facts still to come: "TK" (to come), "XXX", "[…]" / "[...]".
const PLACEHOLDER = /(^|[^\p{L}\p{N}])(TK|XXX)(?=$|[^\p{L}\p{N}])|\[(…|\.\.\.)\]/u;

const error = (code: string, message: string): ExportIssue => ({ level: 'error', code, message });
const warning = (code: string, message: string): ExportIssue => ({ level: 'warning', code, message });

/** EXPORT.md's preflight: errors block the export, warnings are shown and may be accepted. */
export function preflight(
  article: Article,
  _pages: PagePlan[],
  renderIssues: ExportIssue[],
): Omit<ExportPreflight, 'suggestedFolder'> {
  const issues: ExportIssue[] = [...renderIssues];
  if (!article.headline.trim()) issues.push(error('NO_HEADLINE', 'The article has no headline.'));
  if (!article.lead.trim()) issues.push(warning('NO_LEAD', 'The article has no lead.'));
  if (article.headline.length > LONG_HEADLINE) {
    issues.push(
      warning(
        'LONG_HEADLINE',
        `The headline has ${article.headline.length} characters; keep it under ${LONG_HEADLINE}.`,
      ),
    );
  }
  // The editor's own page rules (shared/pages), so the desk sees the same verdict in both places.
  for (const page of splitPages(article.body)) {
    if (!page.hasContent) issues.push(error('EMPTY_PAGE', `Page ${page.number} is empty.`));
    else if (page.short)
      issues.push(warning('SHORT_PAGE', `Page ${page.number} has only ${page.words} words.`));
  }
  const text = [article.headline, article.lead, documentPlainText(article.body)].join('\n');
  const placeholder = PLACEHOLDER.exec(text);
  if (placeholder) {
    const found = placeholder[2] ?? placeholder[0];
    issues.push(warning('PLACEHOLDER', `The text still contains the placeholder "${found}".`));
  }
  for (const block of storedBlocks(article.body)) {
    for (const quote of unsourcedQuotes(block)) {
      issues.push(warning('UNSOURCED_QUOTE', `A direct quote has no source: ${quoteExcerpt(quote)}`));
    }
  }
  return {
    errors: issues.filter((issue) => issue.level === 'error'),
    warnings: issues.filter((issue) => issue.level === 'warning'),
  };
}
