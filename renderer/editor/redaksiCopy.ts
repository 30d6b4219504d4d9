import {
  describeShapeProblem,
  unknownNodeTypes,
  type StoredDocument,
  type StoredNode,
} from '../../shared/editor/document';
import { walk } from '../../shared/editor/walk';

/** The body editor's Lexical namespace, written into every copy the body makes. */
export const BODY_NAMESPACE = 'redaksi-body';

/** Lexical's own clipboard format: the copied nodes as JSON, beside their HTML and plain text. */
export const LEXICAL_CLIPBOARD = 'application/x-lexical-editor';

/** Lexical's mark on a drag that starts in one of its editors: which editor it left. */
export const LEXICAL_DRAG = 'application/x-lexical-drag';

/**
 * The nodes of a copy Redaksi's body made (in this window or another), or null for anything else.
 * Another Lexical editor's copy (Facebook, a CMS, Lexical's playground) names its own namespace and
 * node types the body does not register; one naming ours with a type we do not know, or a tree that
 * is not a sound one, did not come from Redaksi either. Neither is imported as Lexical data: the
 * paste takes its HTML, cleaned as any HTML from outside, or its text.
 */
export function redaksiCopyNodes(json: string): StoredNode[] | null {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null) return null;
  const { namespace, nodes } = payload as { namespace?: unknown; nodes?: unknown };
  if (namespace !== BODY_NAMESPACE || !Array.isArray(nodes)) return null;
  const copy = { root: { type: 'root', children: nodes as unknown[] } };
  if (describeShapeProblem(copy) !== null) return null;
  const document = copy as StoredDocument;
  if (unknownNodeTypes(document).length > 0) return null;
  // A root inside the copy, or a node with named slots (none of the body's has any), is not one of ours.
  for (const node of walk(document))
    if ((node !== document.root && node.type === 'root') || '$slots' in node) return null;
  return document.root.children;
}
