import type { StoredDocument, StoredNode } from './document';

/** Stored top-level blocks `start … start + deleteCount − 1` are replaced by `blocks`. */
export interface BodySplice {
  start: number;
  deleteCount: number;
  /** `blockFingerprint` of the blocks replaced, as the editor has them: the store checks it matches. */
  replaced: string;
  blocks: StoredNode[];
}

// Fields in name order: the same block gives the same text whichever order its fields were written in.
const inNameOrder = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((name) => [name, (value as Record<string, unknown>)[name]]),
      )
    : value;

/**
 * A short fingerprint of blocks as stored (FNV-1a over their JSON, fields in name order): editor and
 * store compare the blocks a change replaces, so a change is never applied to blocks the editor did
 * not have.
 */
export function blockFingerprint(blocks: StoredNode[]): string {
  const text = JSON.stringify(blocks, inNameOrder);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${blocks.length}.${text.length}.${hash.toString(16)}`;
}

/** The root's own fields (everything but its children). */
export interface RootFields {
  direction: 'ltr' | 'rtl' | null;
  format: string;
  indent: number;
}

/**
 * What changed in a body since the revision the editor last saved: replaced runs of top-level
 * blocks, indexed in that saved body, in ascending order and not overlapping. The editor sends this
 * instead of the whole body, so a save of a 10,000-paragraph article serialises only the paragraphs
 * that were touched (BENCHMARKS.md, B3).
 */
export interface BodyChanges {
  splices: BodySplice[];
  /** Top-level blocks after the changes: a check that editor and store agree on the saved body. */
  blockCount: number;
  root: RootFields;
}

/**
 * The saved body with the changes applied, or a plain-words reason why they do not fit it (then the
 * editor and the store disagree about the saved body, and the editor sends the whole body instead).
 */
export function applyBodyChanges(
  saved: StoredDocument,
  changes: BodyChanges,
): { ok: true; body: StoredDocument } | { ok: false; problem: string } {
  const old = saved.root.children;
  const children: StoredNode[] = [];
  let next = 0;
  for (const { start, deleteCount, replaced, blocks } of changes.splices) {
    if (start < next || start + deleteCount > old.length) {
      return {
        ok: false,
        problem: 'The changes do not fit the saved body (blocks out of range or out of order).',
      };
    }
    if (blockFingerprint(old.slice(start, start + deleteCount)) !== replaced) {
      return {
        ok: false,
        problem: 'The changes do not fit the saved body (the blocks they replace differ).',
      };
    }
    for (let i = next; i < start; i += 1) children.push(old[i]!);
    for (const block of blocks) children.push(block);
    next = start + deleteCount;
  }
  for (let i = next; i < old.length; i += 1) children.push(old[i]!);
  if (children.length !== changes.blockCount) {
    return {
      ok: false,
      problem: `The changes do not fit the saved body (${children.length} blocks, the editor has ${changes.blockCount}).`,
    };
  }
  return { ok: true, body: { root: { ...saved.root, ...changes.root, type: 'root', children } } };
}
