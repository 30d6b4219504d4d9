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
import type { StoredDocument } from './document';
import { $removeWithItsItem, mayStandIn } from './placement';
import { storedNodesOfType, walkWithParents } from './walk';

export const PHOTO_TYPE = 'photo';
export const PHOTO_LAYOUTS = ['standard', 'wide'] as const;
export type PhotoLayout = (typeof PHOTO_LAYOUTS)[number];

/** What one use of a photo in a body says: its own caption, credit and alt text override the library's. */
export interface PhotoFields {
  photoId: string;
  caption: string;
  credit: string;
  altText: string;
  layout: PhotoLayout;
}

export interface SerializedPhotoNode extends SerializedLexicalNode {
  type: typeof PHOTO_TYPE;
  version: 1;
  photoId: string;
  caption: string;
  credit: string;
  altText: string;
  /** Omitted for the standard layout. */
  layout?: 'wide';
}

const EMPTY: PhotoFields = { photoId: '', caption: '', credit: '', altText: '', layout: 'standard' };

/**
 * A photo in the article body. Headless: the data and its JSON, no React. The renderer gives it a
 * view by registering a subclass of the same type (renderer/editor/nodes/PhotoViewNode.tsx); here
 * `decorate()` renders nothing, so the server and tests can load and save bodies with photos.
 */
export class PhotoNode extends DecoratorNode<unknown> {
  __photo: PhotoFields = EMPTY;

  override $config() {
    return this.config(PHOTO_TYPE, { extends: DecoratorNode });
  }

  override remove(preserveEmptyParent?: boolean): void {
    $removeWithItsItem(this, () => super.remove(preserveEmptyParent), preserveEmptyParent);
  }

  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous);
    this.__photo = previous.__photo;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedPhotoNode>): this {
    return super.updateFromJSON(json).setPhoto({
      photoId: json.photoId,
      caption: json.caption,
      credit: json.credit,
      altText: json.altText,
      layout: json.layout === 'wide' ? 'wide' : 'standard',
    });
  }

  override exportJSON(): SerializedPhotoNode {
    const { photoId, caption, credit, altText, layout } = this.getPhoto();
    return {
      type: PHOTO_TYPE,
      version: 1,
      photoId,
      caption,
      credit,
      altText,
      ...(layout === 'wide' ? { layout } : {}),
    };
  }

  getPhoto(): PhotoFields {
    return this.getLatest().__photo;
  }

  setPhoto(patch: Partial<PhotoFields>): this {
    const writable = this.getWritable();
    writable.__photo = { ...writable.__photo, ...patch };
    return writable;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = 'rx-photo-block';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Copied as HTML (to another program): the caption and credit as a figure, no image address. */
  override exportDOM(): DOMExportOutput {
    const document = $getDocument();
    const figure = document.createElement('figure');
    const { caption, credit } = this.getPhoto();
    const text = [caption, credit ? `(${credit})` : ''].filter(Boolean).join(' ');
    if (text) {
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = text;
      figure.append(figcaption);
    }
    return { element: figure };
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

/** A new photo block (the editor's registered photo class, so the renderer gets its view). */
export function $createPhotoNode(fields: Partial<PhotoFields> & { photoId: string }): PhotoNode {
  return $create(PhotoNode).setPhoto(fields);
}

export function $isPhotoNode(node: LexicalNode | null | undefined): node is PhotoNode {
  return node instanceof PhotoNode;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIMITS = { caption: 4_000, credit: 300, altText: 1_000 } as const;

const storedPhotos = (document: StoredDocument) => storedNodesOfType(document, PHOTO_TYPE);

/** The library photos a stored body shows, each once, in no particular order. */
export function storedPhotoIds(document: StoredDocument): string[] {
  const ids = new Set<string>();
  for (const node of storedPhotos(document)) if (typeof node.photoId === 'string') ids.add(node.photoId);
  return [...ids];
}

/** A plain-words problem with a stored photo block (what a hostile or damaged save could carry), or null. */
export function describePhotoProblem(document: StoredDocument): string | null {
  for (const { node, parent } of walkWithParents(document)) {
    if (node.type !== PHOTO_TYPE) continue;
    // Between blocks, or in a list item (where a paste into a list puts it): never inside a paragraph.
    if (!mayStandIn(PHOTO_TYPE, parent?.type))
      return 'A photo can stand only between paragraphs or in a list item.';
    if (typeof node.photoId !== 'string' || !UUID.test(node.photoId))
      return 'A photo in the body does not name a library photo.';
    for (const [field, max] of Object.entries(LIMITS)) {
      const value = node[field];
      if (typeof value !== 'string') return `A photo in the body has no ${field} text.`;
      if (value.length > max) return `A photo's ${field} is longer than ${max} characters.`;
    }
  }
  return null;
}
