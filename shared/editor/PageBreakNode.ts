import {
  $create,
  $getDocument,
  $isElementNode,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedLexicalNode,
} from 'lexical';

import type { StoredDocument } from './document';
import { mayStandIn } from './placement';
import { MAX_SPLIT_SPACE, parseSplitSpace } from './splitSpace';
import { walkWithParents } from './walk';

export const PAGE_BREAK_TYPE = 'page-break';

export interface SerializedPageBreakNode extends SerializedLexicalNode {
  type: typeof PAGE_BREAK_TYPE;
  version: 1;
  /** Only on a break that split a paragraph (and stands between its halves): the space it took out. */
  splitSpace?: string;
}

/**
 * Where one page of the article ends and the next begins. Headless: its JSON is
 * `{type: 'page-break', version: 1}`, with the `splitSpace` of a split paragraph (splitSpace.ts),
 * which the export ignores. The renderer gives it a view by registering a subclass of the same type
 * (renderer/editor/nodes/PageBreakViewNode.tsx); here `decorate()` renders nothing.
 */
export class PageBreakNode extends DecoratorNode<unknown> {
  /** Null for a break that stands between blocks as they were written. */
  __splitSpace: string | null = null;

  override $config() {
    return this.config(PAGE_BREAK_TYPE, { extends: DecoratorNode });
  }

  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous);
    this.__splitSpace = previous.__splitSpace;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedPageBreakNode>): this {
    return super.updateFromJSON(json).setSplitSpace(parseSplitSpace(json.splitSpace));
  }

  override exportJSON(): SerializedPageBreakNode {
    const splitSpace = this.getSplitSpace();
    return splitSpace === null
      ? { type: PAGE_BREAK_TYPE, version: 1 }
      : { type: PAGE_BREAK_TYPE, version: 1, splitSpace };
  }

  getSplitSpace(): string | null {
    return this.getLatest().__splitSpace;
  }

  setSplitSpace(splitSpace: string | null): this {
    const writable = this.getWritable();
    writable.__splitSpace = splitSpace;
    return writable;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = 'rx-page-break';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Redaksi's own mark (exportDOM), which paste also makes of Word's and Google Docs' page breaks. */
  static override importDOM(): DOMConversionMap {
    return {
      hr: (element: HTMLElement) =>
        element.hasAttribute('data-page-break')
          ? { conversion: () => ({ node: $createPageBreakNode() }), priority: 2 }
          : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const element = $getDocument().createElement('hr');
    element.setAttribute('data-page-break', '');
    return { element };
  }

  override getTextContent(): string {
    return '';
  }

  override isInline(): false {
    return false;
  }

  override decorate(): unknown {
    return null;
  }
}

/** A new page break (the editor's registered page-break class, so the renderer gets its view). */
export function $createPageBreakNode(): PageBreakNode {
  return $create(PageBreakNode);
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}

/** The page breaks among `nodes` (a paste's) and inside them. */
export function $pageBreaksIn(nodes: readonly LexicalNode[]): PageBreakNode[] {
  const found: PageBreakNode[] = [];
  const pending = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if ($isPageBreakNode(node)) found.push(node);
    else if ($isElementNode(node)) pending.push(...node.getChildren());
  }
  return found;
}

/**
 * A page break stored anywhere but between top-level blocks, or with a split space that no split
 * made (an API call or a damaged body), or null.
 */
export function describePageBreakProblem(document: StoredDocument): string | null {
  for (const { node, parent } of walkWithParents(document)) {
    if (node.type !== PAGE_BREAK_TYPE) continue;
    if (!mayStandIn(PAGE_BREAK_TYPE, parent?.type))
      return 'A page break can stand only between paragraphs, never inside a paragraph, quote or list.';
    if (node.splitSpace !== undefined && parseSplitSpace(node.splitSpace) === null)
      return `A page break's splitSpace can hold only the spaces or line breaks a split took out (at most ${MAX_SPLIT_SPACE}).`;
  }
  return null;
}
