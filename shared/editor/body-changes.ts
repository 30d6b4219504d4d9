import type { StoredDocument, StoredNode } from './document';

/** Stored top-level blocks `start … start + deleteCount − 1` are replaced by `blocks`. */
export interface BodySplice {
  start: number;
  deleteCount: number;
  blocks: StoredNode[];
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
  for (const { start, deleteCount, blocks } of changes.splices) {
    if (start < next || start + deleteCount > old.length) {
      return {
        ok: false,
        problem: 'The changes do not fit the saved body (blocks out of range or out of order).',
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
