import type { StoredDocument, StoredNode } from '../editor/document';
import { isPageBreak } from './blocks';
import { splitPages } from './split';

/**
 * A page break where the newsroom's rules forbid one (NEWSROOM.md, Pages): no page may be empty, and a
 * break may not fall inside a quote or list. `breakIndex` is the index in `root.children` of the
 * break whose removal mends the page: the one after page 1, the one before any later page.
 */
export type PageBreakViolation =
  | { kind: 'break-at-start'; breakIndex: number }
  | { kind: 'break-at-end'; breakIndex: number }
  | { kind: 'breaks-in-a-row'; breakIndex: number; page: number }
  | { kind: 'empty-page'; breakIndex: number; page: number }
  | { kind: 'break-inside'; container: string; blockIndex: number };

/** Every violation in the stored body, in reading order. */
export function checkPageBreaks(document: StoredDocument): PageBreakViolation[] {
  const violations: PageBreakViolation[] = [];
  const pages = splitPages(document);
  if (pages.length > 1) {
    pages.forEach((page, index) => {
      if (page.hasContent) return;
      if (index === 0) violations.push({ kind: 'break-at-start', breakIndex: pages[1]!.breakIndex! });
      else if (index === pages.length - 1)
        violations.push({ kind: 'break-at-end', breakIndex: page.breakIndex! });
      else
        violations.push({
          kind: page.blocks.length === 0 ? 'breaks-in-a-row' : 'empty-page',
          breakIndex: page.breakIndex!,
          page: page.number,
        });
    });
  }
  document.root.children.forEach((block, blockIndex) => {
    if (!isPageBreak(block) && containsPageBreak(block))
      violations.push({ kind: 'break-inside', container: block.type, blockIndex });
  });
  return violations.sort((a, b) => position(a) - position(b));
}

const position = (violation: PageBreakViolation): number =>
  violation.kind === 'break-inside' ? violation.blockIndex : violation.breakIndex;

/** Whether a page break is nested anywhere inside this block (iterative: depth never matters). */
function containsPageBreak(block: StoredNode): boolean {
  const stack: StoredNode[] = [...(block.children ?? [])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isPageBreak(node)) return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}

/**
 * Which page breaks to remove so that no page is empty, given whether each page has content.
 * Returns indexes among the breaks (break i starts page i + 1). Empty pages at the start join the
 * first page with content; every other empty page joins the page before it. No content at all:
 * every break goes.
 */
export function breaksToRemove(pageHasContent: readonly boolean[]): number[] {
  const firstWithContent = pageHasContent.indexOf(true);
  const breaks = Math.max(0, pageHasContent.length - 1);
  if (firstWithContent === -1) return Array.from({ length: breaks }, (_, i) => i);
  const remove: number[] = [];
  for (let page = 0; page < firstWithContent; page += 1) remove.push(page);
  for (let page = firstWithContent + 1; page < pageHasContent.length; page += 1)
    if (!pageHasContent[page]) remove.push(page - 1);
  return remove;
}

/**
 * The break that waits while the caret is on an emptied page being written again (index among the
 * breaks, or -1 when the caret's page has content): the one `breaksToRemove` would take to join that
 * page to its neighbour — below it while no page before it has content, above it after one that has.
 * Any other break that goes leaves the caret's page its own: never merged with the text beside it.
 */
export function heldBreak(pageHasContent: readonly boolean[], caretPage: number): number {
  if (pageHasContent[caretPage] !== false) return -1;
  const first = pageHasContent.indexOf(true);
  if (first === -1 || caretPage < first) return Math.min(caretPage, pageHasContent.length - 2);
  return caretPage - 1;
}
