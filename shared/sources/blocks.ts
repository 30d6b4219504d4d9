import type { StoredDocument, StoredNode } from '../editor/document';
import { SOURCE_MARK_TYPE } from '../editor/SourceMarkNode';
import type { QuoteBlock, TextRange } from './quotes';

/** A stored block's text with where each source tag sits in it. */
export interface TaggedBlock extends QuoteBlock {
  marks: Array<TextRange & { sourceId: string }>;
}

const TEXT_OF: Record<string, string> = { linebreak: '\n', tab: '\t' };

/**
 * Reads one block's inline content: its text, and the range each source mark covers. Iterative, so
 * a hostile nesting depth never matters; a nested list inside a list item is a block of its own.
 */
function readBlock(block: StoredNode, isQuoteBlock: boolean, nested: StoredNode[]): TaggedBlock {
  let text = '';
  const marks: TaggedBlock['marks'] = [];
  type Step = { node: StoredNode } | { closeMark: number };
  const stack: Step[] = [...(block.children ?? [])].reverse().map((node) => ({ node }));
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('closeMark' in step) {
      marks[step.closeMark]!.end = text.length;
      continue;
    }
    const { node } = step;
    if (node.type === 'list' || node.type === 'listitem') {
      nested.push(node);
      continue;
    }
    if (node.type === 'text') text += typeof node.text === 'string' ? node.text : '';
    else text += TEXT_OF[node.type] ?? '';
    const children = node.children ?? [];
    if (node.type === SOURCE_MARK_TYPE) {
      marks.push({
        start: text.length,
        end: text.length,
        sourceId: typeof node.sourceId === 'string' ? node.sourceId : '',
      });
      stack.push({ closeMark: marks.length - 1 });
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]! });
  }
  return { text, isQuoteBlock, marks };
}

/** Every text block of a stored body in reading order: paragraphs, headings, quotes, list items. */
export function storedBlocks(document: StoredDocument): TaggedBlock[] {
  const blocks: TaggedBlock[] = [];
  const pending: StoredNode[] = [...document.root.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'list') {
      for (let i = (node.children ?? []).length - 1; i >= 0; i -= 1) pending.push(node.children![i]!);
      continue;
    }
    if (!Array.isArray(node.children)) continue;
    const nested: StoredNode[] = [];
    blocks.push(readBlock(node, node.type === 'quote', nested));
    for (let i = nested.length - 1; i >= 0; i -= 1) pending.push(nested[i]!);
  }
  return blocks;
}

/** Every source id tagged in a stored body, each once, in order of first appearance. */
export function taggedSourceIds(document: StoredDocument): string[] {
  const ids = new Set<string>();
  for (const block of storedBlocks(document))
    for (const mark of block.marks) if (mark.sourceId) ids.add(mark.sourceId);
  return [...ids];
}
