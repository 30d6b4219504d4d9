import {
  $create,
  $getDocument,
  DecoratorNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedLexicalNode,
} from 'lexical';
import type { StoredDocument, StoredNode } from './document';
import { hasCredentials, webAddress } from '../text/urls';
import { $removeWithItsItem, mayStandIn } from './placement';
import { storedNodesOfType, walkWithParents } from './walk';

export const RELATED_LINK_TYPE = 'related-link';

/**
 * Where a "Read also" / "Baca juga" line points: another article in the library (its id; the export
 * prints that article's current headline) or a web address (with the title the editor typed).
 */
export type RelatedTarget = { kind: 'article'; articleId: string } | { kind: 'url'; url: string };

export interface RelatedLinkFields {
  target: RelatedTarget;
  /** The title shown: the article's headline when it was chosen, or the title typed for an address. */
  title: string;
}

export interface SerializedRelatedLinkNode extends SerializedLexicalNode {
  type: typeof RELATED_LINK_TYPE;
  version: 1;
  title: string;
  /** Exactly one of these two. */
  articleId?: string;
  url?: string;
}

export const RELATED_TITLE_MAX = 500;
export const RELATED_URL_MAX = 2_000;
const EMPTY: RelatedLinkFields = { target: { kind: 'url', url: '' }, title: '' };

/**
 * A related link between paragraphs. Headless: the data and its JSON, no React; the renderer
 * registers a subclass of the same type with its view (renderer/editor/nodes/RelatedLinkViewNode.tsx).
 */
export class RelatedLinkNode extends DecoratorNode<unknown> {
  __related: RelatedLinkFields = EMPTY;

  override $config() {
    return this.config(RELATED_LINK_TYPE, { extends: DecoratorNode });
  }

  override remove(preserveEmptyParent?: boolean): void {
    $removeWithItsItem(this, () => super.remove(preserveEmptyParent), preserveEmptyParent);
  }

  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous);
    this.__related = previous.__related;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedRelatedLinkNode>): this {
    const target: RelatedTarget =
      typeof json.articleId === 'string'
        ? { kind: 'article', articleId: json.articleId }
        : { kind: 'url', url: json.url ?? '' };
    return super.updateFromJSON(json).setRelated({ target, title: json.title });
  }

  override exportJSON(): SerializedRelatedLinkNode {
    const { target, title } = this.getRelated();
    return {
      type: RELATED_LINK_TYPE,
      version: 1,
      title,
      ...(target.kind === 'article' ? { articleId: target.articleId } : { url: target.url }),
    };
  }

  getRelated(): RelatedLinkFields {
    return this.getLatest().__related;
  }

  setRelated(fields: RelatedLinkFields): this {
    const writable = this.getWritable();
    writable.__related = fields;
    return writable;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = 'rx-related-block';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Copied as HTML (to another program): the title, linked only when it is a web address. */
  override exportDOM(): DOMExportOutput {
    const document = $getDocument();
    const paragraph = document.createElement('p');
    const { target, title } = this.getRelated();
    const href = target.kind === 'url' ? webAddress(target.url) : null;
    if (href) {
      const anchor = document.createElement('a');
      anchor.href = href;
      anchor.textContent = title;
      paragraph.append(anchor);
    } else paragraph.textContent = title;
    return { element: paragraph };
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

/** A new related link (the editor's registered class, so the renderer gets its view). */
export function $createRelatedLinkNode(fields: RelatedLinkFields): RelatedLinkNode {
  return $create(RelatedLinkNode).setRelated(fields);
}

export function $isRelatedLinkNode(node: LexicalNode | null | undefined): node is RelatedLinkNode {
  return node instanceof RelatedLinkNode;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The target of a stored related-link node, or null when it names neither an article nor an address. */
export function storedRelatedTarget(node: StoredNode): RelatedTarget | null {
  if (typeof node.articleId === 'string' && node.url === undefined)
    return UUID.test(node.articleId) ? { kind: 'article', articleId: node.articleId } : null;
  if (typeof node.url === 'string' && node.articleId === undefined) return { kind: 'url', url: node.url };
  return null;
}

const storedRelatedLinks = (document: StoredDocument) => storedNodesOfType(document, RELATED_LINK_TYPE);

/** The library articles a stored body links to, each once. */
export function storedRelatedArticleIds(document: StoredDocument): string[] {
  const ids = new Set<string>();
  for (const node of storedRelatedLinks(document)) {
    const target = storedRelatedTarget(node);
    if (target?.kind === 'article') ids.add(target.articleId);
  }
  return [...ids];
}

/** A plain-words problem with a stored related link (what a hostile or damaged save could carry), or null. */
export function describeRelatedLinkProblem(document: StoredDocument): string | null {
  for (const { node, parent } of walkWithParents(document)) {
    if (node.type !== RELATED_LINK_TYPE) continue;
    // Between blocks, or in a list item (where a paste may put it): never inside a paragraph's text.
    if (!mayStandIn(RELATED_LINK_TYPE, parent?.type))
      return 'A related link can stand only between paragraphs or in a list item.';
    if (typeof node.title !== 'string') return 'A related link in the body has no title.';
    if (node.title.length > RELATED_TITLE_MAX)
      return `A related link's title is longer than ${RELATED_TITLE_MAX} characters.`;
    const target = storedRelatedTarget(node);
    if (!target) return 'A related link in the body names neither an article nor a web address.';
    if (target.kind === 'url' && target.url.length > RELATED_URL_MAX)
      return `A related link's address is longer than ${RELATED_URL_MAX} characters.`;
    // One naming a user or password is kept, so an article saved with one before still saves: the export
    // drops it with a warning.
    if (target.kind === 'url' && webAddress(target.url) === null && !hasCredentials(target.url))
      return 'A related link’s address must be a web address starting with http:// or https://.';
  }
  return null;
}
