import type { StoredDocument, StoredNode } from '../editor/document';
import { parseSplitSpace, spaceToPutBack } from '../editor/splitSpace';
import { blockText, isPageBreak } from './blocks';

const isParagraph = (node: StoredNode | undefined): node is StoredNode => node?.type === 'paragraph';

/** The two halves of a paragraph a page break split, one paragraph again, with the space between. */
function joined(first: StoredNode, second: StoredNode, taken: string): StoredNode {
  // Its line breaks as line breaks, the rest as plain text (as the editor's $spaceNodes).
  const seam = spaceToPutBack(blockText(first), blockText(second), taken)
    .split('\n')
    .flatMap((run, i): StoredNode[] => [
      ...(i > 0 ? [{ type: 'linebreak', version: 1 }] : []),
      ...(run
        ? [{ type: 'text', version: 1, text: run, format: 0, detail: 0, mode: 'normal', style: '' }]
        : []),
    ]);
  return { ...first, children: [...(first.children ?? []), ...seam, ...(second.children ?? [])] };
}

/**
 * The whole article on one page (all.html, the ninjs body and text): the body's blocks without its
 * page breaks, and a paragraph a break split (Ctrl+Enter mid-paragraph) whole again, with the space
 * the split took out — as the editor joins the halves when the break goes. Shown as two paragraphs,
 * a sentence read "Kalimat yang" / "terbelah di tengah." on a page meant to be read in one go.
 */
export function wholeArticleBlocks(document: StoredDocument): StoredNode[] {
  const blocks: StoredNode[] = [];
  const children = document.root.children;
  /** The index in `children` of the last block in `blocks` (of its second half, when joined). */
  let last = -1;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index]!;
    if (!isPageBreak(node)) {
      blocks.push(node);
      last = index;
      continue;
    }
    const taken = parseSplitSpace(node.splitSpace);
    const first = blocks.at(-1);
    const second = children[index + 1];
    // Only the halves right beside the break, both still holding text, as the editor rejoins them.
    if (
      taken === null ||
      last !== index - 1 ||
      !isParagraph(first) ||
      !isParagraph(second) ||
      blockText(first).trim() === '' ||
      blockText(second).trim() === ''
    )
      continue;
    blocks[blocks.length - 1] = joined(first, second, taken);
    index += 1;
    last = index;
  }
  return blocks;
}
