import {
  $exportNodeJSON,
  $getRoot,
  $getSlotNames,
  $isElementNode,
  type EditorState,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
  type NodeMap,
} from 'lexical';
import {
  blockFingerprint,
  type BodyChanges,
  type BodySplice,
  type RootFields,
} from '../../shared/editor/body-changes';
import type { StoredNode } from '../../shared/editor/document';

/** A node and all of its descendants as `editorState.toJSON()` writes them. */
function $serialize(node: LexicalNode): StoredNode {
  const json = $exportNodeJSON(node) as unknown as StoredNode;
  if ($isElementNode(node)) {
    const children = json.children!;
    for (const child of node.getChildren()) children.push($serialize(child));
  }
  return json;
}

/** `count` keys of siblings, starting at `first`. */
function siblingKeys(map: NodeMap, first: NodeKey | null, count: number): NodeKey[] {
  const keys: NodeKey[] = [];
  for (let key = first; key !== null && keys.length < count; key = map.get(key)!.__next) keys.push(key);
  return keys;
}

/** Two versions of a node with the same fields (a plugin may copy a node without changing it). */
function sameFields(a: LexicalNode, b: LexicalNode): boolean {
  if (a.constructor !== b.constructor) return false;
  const [one, other] = [a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>];
  const fields = Object.keys(one);
  if (fields.length !== Object.keys(other).length) return false;
  // `__cachedText` is the reconciler's cache of an element's text, not content of its own.
  return fields.every((field) => field === '__cachedText' || one[field] === other[field]);
}

/**
 * Lexical never mutates a committed node: an edit writes a copy into the next state. So a block
 * whose node and every descendant are the very objects of the saved state is exactly as saved; a
 * copy counts as unchanged only when all its fields are the same (ListPlugin, for one, copies every
 * text node once when the editor opens).
 */
function unchangedSince(saved: NodeMap, current: NodeMap, key: NodeKey): boolean {
  const stack = [key];
  while (stack.length > 0) {
    const at = stack.pop()!;
    const node = current.get(at);
    const before = saved.get(at);
    if (node === undefined || before === undefined || (node !== before && !sameFields(node, before)))
      return false;
    // Nodes with slots keep them outside the children list; treat them as changed (Redaksi has none).
    if ($getSlotNames(node).length > 0) return false;
    if ($isElementNode(node)) {
      for (let child = node.__first; child !== null; child = current.get(child)!.__next) stack.push(child);
    }
  }
  return true;
}

const rootFields = (): RootFields => {
  const { direction, format, indent } = $exportNodeJSON($getRoot()) as unknown as RootFields;
  return { direction, format, indent };
};

/**
 * What changed in the body between the state the store last saved and the current one, as runs of
 * replaced top-level blocks (shared/editor/body-changes.ts), or null when nothing did. Only the
 * blocks in those runs are serialised, so the cost follows the edit, not the length of the article.
 */
export function diffBody(saved: EditorState, current: EditorState): BodyChanges | null {
  const savedRoot = saved.read(rootFields);
  return current.read(() => {
    const savedMap = saved._nodeMap;
    const map = current._nodeMap;
    const [savedTop, top] = [savedMap.get('root') as ElementNode, map.get('root') as ElementNode];
    const same = (a: NodeKey | null, b: NodeKey | null): b is NodeKey =>
      a !== null && a === b && unchangedSince(savedMap, map, b);
    // Unchanged blocks at the start and at the end (most saves follow typing in one place).
    let prefix = 0;
    let [a, b] = [savedTop.__first, top.__first];
    for (; same(a, b); prefix += 1) [a, b] = [savedMap.get(a!)!.__next, map.get(b)!.__next];
    let suffix = 0;
    const most = Math.min(savedTop.__size, top.__size) - prefix;
    for (let [c, d] = [savedTop.__last, top.__last]; suffix < most && same(c, d); suffix += 1) {
      [c, d] = [savedMap.get(c!)!.__prev, map.get(d)!.__prev];
    }
    // In between, an unchanged block still in order after the last one anchors both lists, and
    // whatever lies between two anchors on either side is one splice.
    const oldKeys = siblingKeys(savedMap, a, savedTop.__size - prefix - suffix);
    const newKeys = siblingKeys(map, b, top.__size - prefix - suffix);
    const oldIndex = new Map(oldKeys.map((key, index) => [key, index]));
    const splices: BodySplice[] = [];
    const splice = (start: number, end: number, from: number, to: number) => {
      if (end > start || to > from) {
        const blocks = newKeys.slice(from, to).map((key) => $serialize(map.get(key)!));
        const old = saved.read(() => oldKeys.slice(start, end).map((key) => $serialize(savedMap.get(key)!)));
        splices.push({
          start: prefix + start,
          deleteCount: end - start,
          replaced: blockFingerprint(old),
          blocks,
        });
      }
    };
    let nextOld = 0;
    let runFrom = 0;
    newKeys.forEach((key, index) => {
      const at = oldIndex.get(key);
      if (at === undefined || at < nextOld || !unchangedSince(savedMap, map, key)) return;
      splice(nextOld, at, runFrom, index);
      nextOld = at + 1;
      runFrom = index + 1;
    });
    splice(nextOld, oldKeys.length, runFrom, newKeys.length);
    const root = rootFields();
    const rootSame = (Object.keys(root) as Array<keyof RootFields>).every(
      (field) => root[field] === savedRoot[field],
    );
    return splices.length === 0 && rootSame ? null : { splices, blockCount: top.__size, root };
  });
}
