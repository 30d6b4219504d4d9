import type { StoredDocument, StoredNode } from '../editor/document';
import { blockHasContent, blockWords, isPageBreak, KEEP_WITH_NEXT_TYPES } from './blocks';

export type AutoSplitTarget = { pages: number } | { wordsPerPage: number };

export interface ProposedPage {
  number: number;
  words: number;
  /** Index in `root.children` of the page's first block. */
  firstBlock: number;
}

export interface BreakProposal {
  /** Indexes in `root.children` of the blocks that start a new page; the existing breaks are replaced. */
  before: number[];
  pages: ProposedPage[];
  /** Largest page's words ÷ smallest page's words (1 for a single page). */
  ratio: number;
  /** Words in the longest run of blocks that no break may split (the balance bound's unit). */
  largestUnit: number;
}

/**
 * Proposes where page breaks should go for a target number of pages (or words per page), balancing
 * words. Breaks go only between top-level blocks, so never inside a quote or list; only before a block
 * with content and after words, so no page is empty or without words; and never after a photo or
 * heading (blank paragraphs aside), which stay with what follows.
 *
 * Each break goes to the allowed place nearest the ideal (total × i ÷ pages words in). Allowed places
 * are at most `largestUnit` words apart, so when a page's ideal share exceeds `largestUnit`, every page
 * holds ideal ± largestUnit words: the max/min ratio is at most (ideal + unit) ÷ (ideal − unit).
 */
export function proposeBreaks(document: StoredDocument, target: AutoSplitTarget): BreakProposal {
  const blocks = document.root.children
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => !isPageBreak(node));
  const words = blocks.map(({ node }) => blockWords(node));
  const wordsBefore = [0];
  for (const count of words) wordsBefore.push(wordsBefore[wordsBefore.length - 1]! + count);
  const total = wordsBefore[blocks.length]!;

  // Allowed cut j: a break before blocks[j], when blocks[j] has content; when the last block with
  // content before it is no photo or heading (a blank paragraph between them changes nothing); and
  // when the stretch since the previous allowed cut holds words, so that no page is without words.
  const allowed: number[] = [];
  let lastContent: StoredNode | null = null;
  for (let j = 0; j < blocks.length; j += 1) {
    const { node } = blocks[j]!;
    if (!blockHasContent(node)) continue;
    const since = wordsBefore[allowed.at(-1) ?? 0]!;
    if (lastContent !== null && !KEEP_WITH_NEXT_TYPES.has(lastContent.type) && wordsBefore[j]! > since)
      allowed.push(j);
    lastContent = node;
  }
  // The last page holds words too.
  while (allowed.length > 0 && wordsBefore[allowed.at(-1)!] === total) allowed.pop();

  let largestUnit = 0;
  [0, ...allowed, blocks.length].reduce((from, to) => {
    largestUnit = Math.max(largestUnit, wordsBefore[to]! - wordsBefore[from]!);
    return to;
  });

  // Words per page is a limit: as many pages as it takes for none to be longer (balanced, so shorter).
  const wanted = 'pages' in target ? target.pages : Math.ceil(total / Math.max(1, target.wordsPerPage));
  const pageCount = Math.max(1, Math.min(Math.floor(wanted) || 1, allowed.length + 1));
  const cuts: number[] = [];
  let lowest = 0; // index into `allowed` of the first place still free
  for (let i = 1; i < pageCount; i += 1) {
    const highest = allowed.length - (pageCount - i); // leave a place for each later break
    const choice = clamp(nearestAllowed(allowed, wordsBefore, (total * i) / pageCount), lowest, highest);
    cuts.push(allowed[choice]!);
    lowest = choice + 1;
  }

  const starts = [0, ...cuts];
  const pages = starts.map((start, i) => ({
    number: i + 1,
    words: wordsBefore[starts[i + 1] ?? blocks.length]! - wordsBefore[start]!,
    firstBlock: blocks[start]?.index ?? 0,
  }));
  const counts = pages.map((page) => page.words);
  const smallest = Math.min(...counts);
  return {
    before: cuts.map((cut) => blocks[cut]!.index),
    pages,
    ratio: pages.length === 1 ? 1 : smallest === 0 ? Infinity : Math.max(...counts) / smallest,
    largestUnit,
  };
}

/** Index into `allowed` whose word position is nearest `ideal` (binary search; positions ascend). */
function nearestAllowed(allowed: number[], wordsBefore: number[], ideal: number): number {
  let low = 0;
  let high = allowed.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (wordsBefore[allowed[middle]!]! < ideal) low = middle + 1;
    else high = middle;
  }
  const after = low;
  const before = Math.max(0, low - 1);
  const distance = (i: number) => Math.abs(wordsBefore[allowed[i]!]! - ideal);
  return distance(before) <= distance(after) ? before : after;
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);
