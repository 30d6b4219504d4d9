import type { StoredDocument, StoredNode } from '../editor/document';
import {
  blockHasContent,
  blockWords,
  isPageBreak,
  keptWithNext,
  SHORT_PAGE_WORDS,
  type KeptWithNext,
} from './blocks';

/** One page of an article: the top-level blocks between two page breaks (or the start or end). */
export interface ArticlePage {
  /** 1-based, as the reader sees it ("Page 2 of 3"). */
  number: number;
  /** Index in `root.children` of the page break that starts this page; null for page 1. */
  breakIndex: number | null;
  /** The page's blocks are `root.children[start]` up to (not including) `root.children[end]`. */
  start: number;
  end: number;
  blocks: StoredNode[];
  words: number;
  /** False when the page shows nothing: no blocks, or only blank paragraphs. */
  hasContent: boolean;
  /** Under SHORT_PAGE_WORDS words in an article of several pages. */
  short: boolean;
  /**
   * A photo or heading that is the last thing on a page another page follows (blank paragraphs
   * aside): the reader turns the page right after what belongs with the text below it. Null otherwise.
   */
  endsOn: KeptWithNext | null;
}

/**
 * Splits the stored body at its top-level page breaks. Breaks nested inside another block (which the
 * editor never makes; see checkPageBreaks) do not split. An article without breaks is one page.
 */
export function splitPages(document: StoredDocument): ArticlePage[] {
  const children = document.root.children;
  const pages: ArticlePage[] = [];
  let page = openPage(1, null, 0);
  children.forEach((node, index) => {
    if (isPageBreak(node)) {
      pages.push(closePage(page, index));
      page = openPage(pages.length + 1, index, index + 1);
      return;
    }
    page.blocks.push(node);
    page.words += blockWords(node);
    if (blockHasContent(node)) {
      page.hasContent = true;
      page.endsOn = keptWithNext(node.type);
    }
  });
  pages.push(closePage(page, children.length));
  keepEndsBeforeContent(pages, (index) => pages[index]!.hasContent);
  if (pages.length > 1) for (const each of pages) each.short = each.words < SHORT_PAGE_WORDS;
  return pages;
}

/**
 * What ends a page matters only when a page with content follows it: the last page ends the
 * article, and the pages before a trailing break or blank pages are no page turn for the reader.
 */
export function keepEndsBeforeContent(
  pages: ReadonlyArray<{ endsOn: KeptWithNext | null }>,
  hasContent: (index: number) => boolean,
): void {
  let contentAfter = false;
  for (let index = pages.length - 1; index >= 0; index -= 1) {
    if (!contentAfter) pages[index]!.endsOn = null;
    contentAfter ||= hasContent(index);
  }
}

function openPage(number: number, breakIndex: number | null, start: number): ArticlePage {
  return {
    number,
    breakIndex,
    start,
    end: start,
    blocks: [],
    words: 0,
    hasContent: false,
    short: false,
    endsOn: null,
  };
}

function closePage(page: ArticlePage, end: number): ArticlePage {
  page.end = end;
  return page;
}
