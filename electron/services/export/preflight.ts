import type { Article } from '../../../shared/api/article';
import type { ExportCheck, ExportIssue } from '../../../shared/api/export';
import { say } from '../../../shared/api/wording';
import { documentPlainText } from '../../../shared/editor/document';
import { countCharacters, hasVisibleText } from '../../../shared/text/characters';
import { splitPages } from '../../../shared/pages/split';
import { storedBlocks } from '../../../shared/sources/blocks';
import { quoteExcerpt, unsourcedQuotes } from '../../../shared/sources/quotes';

export const LONG_HEADLINE = 110;
// Placeholders reporters leave for facts still to come: "TK" (to come), "XXX", "[…]" / "[...]".
const PLACEHOLDERS = /(^|[^\p{L}\p{N}])(TK|XXX)(?=$|[^\p{L}\p{N}])|\[(…|\.\.\.)\]/gu;

type Said = ReturnType<typeof say>;
const error = (code: string, said: Said): ExportIssue => ({ level: 'error', code, ...said });
const warning = (code: string, said: Said): ExportIssue => ({ level: 'warning', code, ...said });

/** EXPORT.md's preflight: errors block the export, warnings are shown and may be accepted. */
export function preflight(
  article: Article,
  printedWords: string[],
  renderIssues: ExportIssue[],
): ExportCheck {
  const issues: ExportIssue[] = [...renderIssues];
  if (!hasVisibleText(article.headline)) issues.push(error('NO_HEADLINE', say('export.noHeadline')));
  if (!hasVisibleText(article.lead)) issues.push(warning('NO_LEAD', say('export.noLead')));
  const headlineLength = countCharacters(article.headline);
  if (headlineLength > LONG_HEADLINE) {
    issues.push(
      warning('LONG_HEADLINE', say('export.longHeadline', { length: headlineLength, limit: LONG_HEADLINE })),
    );
  }
  // The editor's own page rules (shared/pages), so the desk sees the same verdict in both places.
  for (const page of splitPages(article.body)) {
    const at = { page: page.number };
    if (!page.hasContent)
      issues.push({ ...error('EMPTY_PAGE', say('export.emptyPage', { page: page.number })), ...at });
    else if (page.short)
      issues.push({
        ...warning('SHORT_PAGE', say('export.shortPage', { page: page.number, words: page.words })),
        ...at,
      });
    if (page.endsOn !== null)
      issues.push({
        ...warning(
          'PAGE_ENDS_ON_BLOCK',
          say(page.endsOn === 'photo' ? 'export.pageEndsOnPhoto' : 'export.pageEndsOnHeading', at),
        ),
        ...at,
      });
  }
  // Every placeholder left in what the pages print: the header (byline and dateline included), the
  // text, and what the plan prints besides (photos' words as shown, related titles, the sources).
  const text = [
    article.rubric,
    article.dateline.prefix,
    article.dateline.place,
    article.headline,
    article.lead,
    ...article.writers,
    article.editor,
    documentPlainText(article.body),
    ...printedWords,
  ];
  const found = [
    ...new Set(Array.from(text.join('\n').matchAll(PLACEHOLDERS), (match) => match[2] ?? match[0])),
  ];
  if (found.length === 1)
    issues.push(warning('PLACEHOLDER', say('export.placeholder', { found: found[0]! })));
  else if (found.length > 1)
    issues.push(
      warning(
        'PLACEHOLDER',
        say('export.placeholders', { found: found.map((each) => `"${each}"`).join(', ') }),
      ),
    );
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
