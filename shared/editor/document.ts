import { KNOWN_NODE_TYPES } from './nodes';
import { walk } from './walk';
import { PAGE_BREAK_TYPE } from './PageBreakNode';

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
  if (!Array.isArray(value.root.children)) return 'The body root must have a list of children.';
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

/** Node types in the document that this version of Redaksi does not know, sorted. */
export function unknownNodeTypes(document: StoredDocument): string[] {
  const unknown = new Set<string>();
  for (const node of walk(document)) if (!KNOWN_NODE_TYPES.has(node.type)) unknown.add(node.type);
  return [...unknown].sort();
}

// A page break has no text but ends the line, even where a pasted one sits nested inside a block.
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', PAGE_BREAK_TYPE]);
const END_OF_BLOCK = Symbol('end of block');

/**
 * The body as plain text, one line per block, in reading order: what search indexes and the word
 * count reads. Iterative, like walk(), so the depth of the document never matters.
 */
export function documentPlainText(document: StoredDocument): string {
  const lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    if (line.length > 0) lines.push(line);
    line = '';
  };
  // Every top-level node is a block of its own, whatever its type.
  const stack: Array<StoredNode | typeof END_OF_BLOCK> = [];
  for (let i = document.root.children.length - 1; i >= 0; i -= 1)
    stack.push(END_OF_BLOCK, document.root.children[i]!);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === END_OF_BLOCK) {
      endLine();
      continue;
    }
    if (item.type === 'text') line += item.text ?? '';
    else if (item.type === 'linebreak') line += '\n';
    else if (item.type === 'tab') line += '\t';
    if (BLOCK_TYPES.has(item.type)) {
      endLine();
      stack.push(END_OF_BLOCK);
    }
    const children = item.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  endLine();
  return lines.join('\n');
}
