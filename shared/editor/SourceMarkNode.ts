import {
  $create,
  $getDocument,
  $isRangeSelection,
  ElementNode,
  type BaseSelection,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';

export const SOURCE_MARK_TYPE = 'source';

export interface SerializedSourceMarkNode extends SerializedElementNode {
  type: typeof SOURCE_MARK_TYPE;
  version: 1;
  /** The registry source the span is attributed to. */
  sourceId: string;
}

/**
 * A span of the body (a quote, a fact) attributed to a source in the registry. Headless: an inline
 * element wrapping text, like a link, whose JSON is `{type: 'source', version: 1, sourceId, children}`.
 * The editor shows it with the theme's `source` class; the name comes from the registry, never the JSON.
 */
export class SourceMarkNode extends ElementNode {
  __sourceId = '';

  override $config() {
    return this.config(SOURCE_MARK_TYPE, { extends: ElementNode });
  }

  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous);
    this.__sourceId = previous.__sourceId;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedSourceMarkNode>): this {
    return super.updateFromJSON(json).setSourceId(typeof json.sourceId === 'string' ? json.sourceId : '');
  }

  override exportJSON(): SerializedSourceMarkNode {
    return { ...super.exportJSON(), type: SOURCE_MARK_TYPE, version: 1, sourceId: this.getSourceId() };
  }

  getSourceId(): string {
    return this.getLatest().__sourceId;
  }

  setSourceId(sourceId: string): this {
    const writable = this.getWritable();
    writable.__sourceId = sourceId;
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('span');
    const className = config.theme.source;
    element.className = typeof className === 'string' && className ? className : 'source';
    element.dataset.sourceId = this.__sourceId;
    return element;
  }

  override updateDOM(previous: this, element: HTMLElement): boolean {
    if (previous.__sourceId !== this.__sourceId) element.dataset.sourceId = this.__sourceId;
    return false;
  }

  /** Copied as HTML to another program: plain text, the attribution is Redaksi's own. */
  override exportDOM(): DOMExportOutput {
    return { element: $getDocument().createElement('span') };
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  // Typing at either edge of a tagged span goes outside it: the tag covers what was selected.
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ElementNode {
    const next = $createSourceMarkNode(this.getSourceId());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  /** Copying part of a tagged span (within Redaksi) keeps the tag on the copied words. */
  override extractWithChild(
    _child: LexicalNode,
    selection: BaseSelection,
    destination: 'clone' | 'html',
  ): boolean {
    return destination === 'clone' && $isRangeSelection(selection) && selection.getTextContent().length > 0;
  }
}

/** A new source mark (unattached, no children yet). */
export function $createSourceMarkNode(sourceId: string): SourceMarkNode {
  return $create(SourceMarkNode).setSourceId(sourceId);
}

export function $isSourceMarkNode(node: LexicalNode | null | undefined): node is SourceMarkNode {
  return node instanceof SourceMarkNode;
}
