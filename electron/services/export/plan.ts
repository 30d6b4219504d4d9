import type { Article } from '../../../shared/api/article';
import type { ExportIssue } from '../../../shared/api/export';
import type { PublicationProfile } from '../../../shared/api/settings';
import { documentPlainText, type StoredNode } from '../../../shared/editor/document';
import { renderBlocks, type BodyContext } from '../../../shared/render/body';
import { articleToNinjs } from '../../../shared/render/ninjs';
import { ALL_PAGES_FILE, pageFileName, renderArticlePage, type PagePlan } from '../../../shared/render/page';

export interface PackageFile {
  /** Path inside the package folder, with forward slashes, built only from generated names. */
  path: string;
  content: string | Uint8Array;
}

export interface PackagePlan {
  files: PackageFile[];
  pages: PagePlan[];
  issues: ExportIssue[];
}

/** Top-level blocks grouped into pages at each page break (the whole body when there is none). */
export function splitIntoPages(blocks: StoredNode[]): StoredNode[][] {
  const pages: StoredNode[][] = [[]];
  for (const block of blocks) {
    if (block.type === 'page-break') pages.push([]);
    else pages.at(-1)!.push(block);
  }
  return pages;
}

/** The theme with the profile's accent colour (validated as #rrggbb by the settings schema). */
export function themeCss(template: string, profile: PublicationProfile): string {
  return template.replace(/--accent: #[0-9a-fA-F]{6};/, `--accent: ${profile.accentColor};`);
}

/**
 * Every file of one article's package, in memory and in a fixed order: deterministic, so the same
 * article and profile always give the same bytes (dates come from the article, never the clock).
 */
export function planPackage(
  article: Article,
  profile: PublicationProfile,
  styleTemplate: string,
): PackagePlan {
  const issues: ExportIssue[] = [];
  const pageBlocks = splitIntoPages(article.body.root.children);
  const pageFiles = pageBlocks.map((_, index) => pageFileName(index + 1));
  const pages: PagePlan[] = pageBlocks.map((blocks, index) => ({
    file: pageFiles[index]!,
    number: index + 1,
    blocks,
  }));
  const allBlocks = pageBlocks.flat();
  if (pages.length > 1) pages.push({ file: ALL_PAGES_FILE, number: null, blocks: allBlocks });

  const files: PackageFile[] = [];
  const common = { article, profile, pageCount: pageFiles.length, pageFiles, featured: null, citations: [] };
  for (const page of pages) {
    const { html, issues: pageIssues } = renderArticlePage({ ...common, page });
    // The whole-article page repeats every block: count its findings once, from the numbered pages.
    if (page.number !== null) issues.push(...pageIssues);
    files.push({ path: page.file, content: html });
  }
  const bodyContext: BodyContext = { issues: [] };
  const ninjs = articleToNinjs({
    article,
    profile,
    plainText: documentPlainText(article.body),
    bodyHtml: renderBlocks(allBlocks, bodyContext).markup,
    infoSources: [],
  });
  files.push({ path: 'style.css', content: themeCss(styleTemplate, profile) });
  files.push({ path: 'article.json', content: `${JSON.stringify(ninjs, null, 2)}\n` });
  return { files, pages, issues: dedupe(issues) };
}

function dedupe(issues: ExportIssue[]): ExportIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.level}:${issue.code}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
