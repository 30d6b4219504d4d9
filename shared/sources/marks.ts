import type { StoredDocument, StoredNode } from '../editor/document';
import { SOURCE_MARK_TYPE } from '../editor/SourceMarkNode';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function* storedMarks(node: StoredNode): Generator<StoredNode> {
  const stack: StoredNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type === SOURCE_MARK_TYPE) yield next;
    for (const child of next.children ?? []) stack.push(child);
  }
}

/** A plain-words problem with the body's source tags (what a hostile or damaged save could carry), or null. */
export function describeSourceMarkProblem(document: StoredDocument): string | null {
  const stack: Array<{ node: StoredNode; inMark: boolean }> = [{ node: document.root, inMark: false }];
  while (stack.length > 0) {
    const { node, inMark } = stack.pop()!;
    const isMark = node.type === SOURCE_MARK_TYPE;
    if (isMark && (typeof node.sourceId !== 'string' || !UUID.test(node.sourceId)))
      return 'A source tag in the body does not name a source from the registry.';
    if (isMark && inMark) return 'Source tags in the body overlap: one tag sits inside another.';
    for (const child of node.children ?? []) stack.push({ node: child, inMark: inMark || isMark });
  }
  return null;
}

/**
 * The body with every tag of `fromId` pointing to `toId` instead (a merge of two sources), and how
 * many tags changed. The document given is not modified.
 */
export function retagSourceMarks(
  document: StoredDocument,
  fromId: string,
  toId: string,
): { document: StoredDocument; changed: number } {
  const copy = structuredClone(document);
  let changed = 0;
  for (const mark of storedMarks(copy.root)) {
    if (mark.sourceId === fromId) {
      mark.sourceId = toId;
      changed += 1;
    }
  }
  return { document: changed > 0 ? copy : document, changed };
}
