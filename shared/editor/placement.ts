import { $isListItemNode } from '@lexical/list';
import type { LexicalNode } from 'lexical';
import type { StoredDocument } from './document';
import { walkWithParents } from './walk';

/**
 * Removes a photo or related link (however: Delete, its ✕, a cut, a selection deleted over it); from a
 * list item it stood in alone, the item goes too, or an empty bullet would be published.
 */
export function $removeWithItsItem(
  node: LexicalNode,
  remove: () => void,
  preserveEmptyParent?: boolean,
): void {
  const parent = node.getParent();
  remove();
  if (!preserveEmptyParent && $isListItemNode(parent) && parent.isAttached() && parent.isEmpty())
    parent.remove();
}

/**
 * Where the blocks that may not stand just anywhere may stand: between paragraphs, and — for a photo
 * or a related link, where a paste into a list puts one — in a list item; a list item only in a list.
 * The store refuses a body that breaks this; the export names what an older body has out of place.
 */
const ALLOWED_PARENTS: Readonly<Record<string, readonly string[]>> = {
  photo: ['root', 'listitem'],
  'related-link': ['root', 'listitem'],
  'page-break': ['root'],
  listitem: ['list'],
};

/** Whether a node of this type may stand in a parent of that type. */
export function mayStandIn(type: string, parentType: string | undefined): boolean {
  const allowed = ALLOWED_PARENTS[type];
  return allowed === undefined || (parentType !== undefined && allowed.includes(parentType));
}

/** The types of the nodes that stand where they may not, in reading order, each once. */
export function misplacedTypes(document: StoredDocument): string[] {
  const types = new Set<string>();
  for (const { node, parent } of walkWithParents(document))
    if (parent !== null && !mayStandIn(node.type, parent.type)) types.add(node.type);
  return [...types];
}
