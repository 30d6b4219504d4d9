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
 * words. Breaks go only between top-level blocks, so never inside a quote or list, nor between two
 * quote blocks in a row (the Quote button makes a quotation of several paragraphs so); only before a block
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
  // when the stretch since the previous allowed cut holds words, so that no page is without words;
  // and never between two quote blocks in a row, which print as one quotation.
  const allowed: number[] = [];
  let lastContent: StoredNode | null = null;
  for (let j = 0; j < blocks.length; j += 1) {
    const { node } = blocks[j]!;
    if (!blockHasContent(node)) continue;
    const since = wordsBefore[allowed.at(-1) ?? 0]!;
    const inQuotation = node.type === 'quote' && blocks[j - 1]?.node.type === 'quote';
    if (
      lastContent !== null &&
      !KEEP_WITH_NEXT_TYPES.has(lastContent.type) &&
      !inQuotation &&
      wordsBefore[j]! > since
    )
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

  const cuts =
    'pages' in target
      ? balancedCuts(
          allowed,
          wordsBefore,
          Math.max(1, Math.min(Math.floor(target.pages) || 1, allowed.length + 1)),
        )
      : limitedCuts(allowed, wordsBefore, Math.max(1, target.wordsPerPage));

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

/** `pageCount - 1` cuts, each at the allowed place nearest its ideal share of the words. */
function balancedCuts(allowed: number[], wordsBefore: number[], pageCount: number): number[] {
  const total = wordsBefore.at(-1)!;
  const cuts: number[] = [];
  let lowest = 0; // index into `allowed` of the first place still free
  for (let i = 1; i < pageCount; i += 1) {
    const highest = allowed.length - (pageCount - i); // leave a place for each later break
    const choice = clamp(nearestAllowed(allowed, wordsBefore, (total * i) / pageCount), lowest, highest);
    cuts.push(allowed[choice]!);
    lowest = choice + 1;
  }
  return cuts;
}

/**
 * Words per page as a limit: the fewest pages with none longer than `limit` (a unit no break may
 * split can be longer on its own), as even as those pages allow. `need[p]` is how many pages the
 * words from place p on take at least (the farthest place within the limit, each time, is what the
 * fewest takes); each cut then goes to the place nearest an even share of the words left, among
 * those within the limit that leave the rest enough pages.
 */
function limitedCuts(allowed: number[], wordsBefore: number[], limit: number): number[] {
  const places = [0, ...allowed, wordsBefore.length - 1];
  const at = (p: number) => wordsBefore[places[p]!]!;
  const last = places.length - 1;
  const need = places.map(() => 0);
  let far = last;
  for (let p = last - 1; p >= 0; p -= 1) {
    while (far > p + 1 && at(far) - at(p) > limit) far -= 1;
    need[p] = 1 + need[far]!;
  }
  const cuts: number[] = [];
  let p = 0;
  for (let left = need[0]!; left > 1; left -= 1) {
    const ideal = at(p) + (at(last) - at(p)) / left;
    let best = -1;
    for (let q = p + 1; q < last && (q === p + 1 || at(q) - at(p) <= limit); q += 1) {
      // The rest must fit the pages left: not too few of them, and enough places for their breaks.
      if (need[q]! > left - 1 || last - q < left - 1) continue;
      if (best < 0 || Math.abs(at(q) - ideal) < Math.abs(at(best) - ideal)) best = q;
    }
    if (best < 0) break;
    cuts.push(places[best]!);
    p = best;
  }
  return cuts;
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
