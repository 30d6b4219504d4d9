import type { Article } from '../../../shared/api/article';
import type { ExportIssue, ExportPreflight } from '../../../shared/api/export';
import { say } from '../../../shared/api/wording';
import { documentPlainText } from '../../../shared/editor/document';
import type { PagePlan } from '../../../shared/render/page';
import { splitPages } from '../../../shared/pages/split';
import { storedBlocks } from '../../../shared/sources/blocks';
import { quoteExcerpt, unsourcedQuotes } from '../../../shared/sources/quotes';

export const LONG_HEADLINE = 110;
// Placeholders reporters leave for facts still to come: "TK" (to come), "XXX", "[…]" / "[...]".
const PLACEHOLDER = /(^|[^\p{L}\p{N}])(TK|XXX)(?=$|[^\p{L}\p{N}])|\[(…|\.\.\.)\]/u;

type Said = ReturnType<typeof say>;
const error = (code: string, said: Said): ExportIssue => ({ level: 'error', code, ...said });
const warning = (code: string, said: Said): ExportIssue => ({ level: 'warning', code, ...said });

/** EXPORT.md's preflight: errors block the export, warnings are shown and may be accepted. */
export function preflight(
  article: Article,
  _pages: PagePlan[],
  renderIssues: ExportIssue[],
): Omit<ExportPreflight, 'suggestedFolder'> {
  const issues: ExportIssue[] = [...renderIssues];
  if (!article.headline.trim()) issues.push(error('NO_HEADLINE', say('export.noHeadline')));
  if (!article.lead.trim()) issues.push(warning('NO_LEAD', say('export.noLead')));
  if (article.headline.length > LONG_HEADLINE) {
    issues.push(
      warning(
        'LONG_HEADLINE',
        say('export.longHeadline', { length: article.headline.length, limit: LONG_HEADLINE }),
      ),
    );
  }
  // The editor's own page rules (shared/pages), so the desk sees the same verdict in both places.
  for (const page of splitPages(article.body)) {
    if (!page.hasContent) issues.push(error('EMPTY_PAGE', say('export.emptyPage', { page: page.number })));
    else if (page.short)
      issues.push(warning('SHORT_PAGE', say('export.shortPage', { page: page.number, words: page.words })));
  }
  const text = [article.headline, article.lead, documentPlainText(article.body)].join('\n');
  const placeholder = PLACEHOLDER.exec(text);
  if (placeholder) {
    const found = placeholder[2] ?? placeholder[0];
    issues.push(warning('PLACEHOLDER', say('export.placeholder', { found })));
  }
  for (const block of storedBlocks(article.body)) {
    for (const quote of unsourcedQuotes(block)) {
      issues.push(warning('UNSOURCED_QUOTE', say('export.unsourcedQuote', { quote: quoteExcerpt(quote) })));
    }
  }
  return {
    errors: issues.filter((issue) => issue.level === 'error'),
    warnings: issues.filter((issue) => issue.level === 'warning'),
  };
}
