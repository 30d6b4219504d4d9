import type { Klass, LexicalNode } from 'lexical';
import { BODY_NODES } from '../../../shared/editor/nodes';
import { PageBreakNode } from '../../../shared/editor/PageBreakNode';
import { PageBreakViewNode } from './PageBreakViewNode';
import { PhotoNode } from '../../../shared/editor/PhotoNode';
import { PhotoViewNode } from './PhotoViewNode';
import { RelatedLinkNode } from '../../../shared/editor/RelatedLinkNode';
import { RelatedLinkViewNode } from './RelatedLinkViewNode';

/**
 * Headless body nodes (shared/, no React) → the renderer's view of each: a subclass with the same
 * type, registered in place of the headless class. Lexical 0.52's `{replace, with, withKlass}` cannot
 * keep the type: a replacement of the same type loops in `$create`, and one of another type is
 * written to the JSON under that other type. `$create(PageBreakNode)` returns the view node here.
 */
const VIEWS = new Map<Klass<LexicalNode>, Klass<LexicalNode>>([
  [PageBreakNode, PageBreakViewNode],
  [PhotoNode, PhotoViewNode],
  [RelatedLinkNode, RelatedLinkViewNode],
]);

export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = BODY_NODES.map(
  (node) => VIEWS.get(node) ?? node,
);
