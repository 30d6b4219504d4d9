import type { StoredDocument, StoredNode } from './document';

/**
 * Every node of a stored body in reading order, without recursion (a hostile body may nest deeply).
 * Its own module, free of the node registry, so node files can use it without an import cycle.
 */
export function* walk(document: StoredDocument): Generator<StoredNode> {
  const stack: StoredNode[] = [document.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
}

/** Every node with the node that holds it (null for the root), in reading order. */
export function* walkWithParents(
  document: StoredDocument,
): Generator<{ node: StoredNode; parent: StoredNode | null }> {
  const stack: Array<{ node: StoredNode; parent: StoredNode | null }> = [
    { node: document.root, parent: null },
  ];
  while (stack.length > 0) {
    const item = stack.pop()!;
    yield item;
    const children = item.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, parent: item.node });
  }
}

/** Every node of one type in the body, wherever it sits. */
export function* storedNodesOfType(document: StoredDocument, type: string): Generator<StoredNode> {
  for (const node of walk(document)) if (node.type === type) yield node;
}
