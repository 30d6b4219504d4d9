import { KNOWN_NODE_TYPES } from './nodes';

/** A serialized Lexical node as stored: a type, a version and node-specific fields. */
export interface StoredNode {
  type: string;
  version?: number;
  text?: string;
  children?: StoredNode[];
  [field: string]: unknown;
}

export interface StoredDocument {
  root: StoredNode & { type: 'root'; children: StoredNode[] };
}

const MAX_DEPTH = 64;
const MAX_NODES = 2_000_000;

export function emptyDocument(): StoredDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: null,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the stored shape without recursion (a hostile document may nest deeply):
 * every node is an object with a string `type`, children are arrays, text is a string.
 * Returns a plain-words problem, or null when the shape is sound.
 */
export function describeShapeProblem(value: unknown): string | null {
  if (!isRecord(value) || !isRecord(value.root)) return 'The body must be an object with a root node.';
  if (value.root.type !== 'root') return 'The body root must have type "root".';
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value.root, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    count += 1;
    if (count > MAX_NODES) return `The body has more than ${MAX_NODES} nodes.`;
    if (depth > MAX_DEPTH) return `The body is nested deeper than ${MAX_DEPTH} levels.`;
    if (!isRecord(node) || typeof node.type !== 'string') return 'Every body node needs a type.';
    if (node.text !== undefined && typeof node.text !== 'string') return 'Text in the body must be a string.';
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return `The children of a "${node.type}" node must be a list.`;
      for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}

function* walk(document: StoredDocument): Generator<StoredNode> {
  const stack: StoredNode[] = [document.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
}

/** Node types in the document that this version of Redaksi does not know, sorted. */
export function unknownNodeTypes(document: StoredDocument): string[] {
  const unknown = new Set<string>();
  for (const node of walk(document)) if (!KNOWN_NODE_TYPES.has(node.type)) unknown.add(node.type);
  return [...unknown].sort();
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/** The body as plain text, one line per block: what search indexes and the word count reads. */
export function documentPlainText(document: StoredDocument): string {
  const blocks: string[] = [];
  const collect = (node: StoredNode, into: string[]): void => {
    if (node.type === 'text') into.push(node.text ?? '');
    else if (node.type === 'linebreak') into.push('\n');
    else if (node.type === 'tab') into.push('\t');
    for (const child of node.children ?? []) {
      if (BLOCK_TYPES.has(child.type) || child.type === 'list') {
        flushBlock(child);
      } else {
        collect(child, into);
      }
    }
  };
  const flushBlock = (block: StoredNode): void => {
    if (block.type === 'list') {
      for (const item of block.children ?? []) flushBlock(item);
      return;
    }
    const parts: string[] = [];
    collect(block, parts);
    const text = parts.join('');
    if (text.length > 0) blocks.push(text);
  };
  const stack = document.root.children;
  for (const block of stack) flushBlock(block);
  return blocks.join('\n');
}
