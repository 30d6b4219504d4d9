import type { StoredDocument } from './document';
import { walkWithParents } from './walk';

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
