import { HISTORIC_TAG, type EditorState, type NodeKey, type UpdateListenerPayload } from 'lexical';

/** A slice of a pass: short enough that a key press waiting behind it is not noticed. */
const SLICE_MS = 8;

/**
 * Per-block results of a derived pass (word count, quote check), kept by block key until the block
 * changes. A changed node marks every ancestor dirty, so an edited block's key (a list item's too) is
 * among the update's dirty keys; undo and redo put back whole states, so everything is forgotten.
 */
export class BlockResults<T> {
  private readonly results = new Map<NodeKey, T>();

  forgetChanged({ dirtyElements, dirtyLeaves, tags }: UpdateListenerPayload): void {
    if (tags.has(HISTORIC_TAG)) this.results.clear();
    for (const key of dirtyElements.keys()) this.results.delete(key);
    for (const key of dirtyLeaves) this.results.delete(key);
  }

  get(key: NodeKey, compute: () => T): T {
    let result = this.results.get(key);
    if (result === undefined) {
      result = compute();
      this.results.set(key, result);
    }
    return result;
  }

  /** Keys of removed blocks are never used again: drops them once they outnumber the live ones. */
  prune(live: readonly NodeKey[]): void {
    if (this.results.size <= 2 * live.length + 100) return;
    const keep = new Set(live);
    for (const key of this.results.keys()) if (!keep.has(key)) this.results.delete(key);
  }
}

/**
 * Visits `count` items while reading `state`, in slices of a few milliseconds with the main thread
 * free between them (a whole pass over a 10,000-paragraph article takes 60–100 ms; BENCHMARKS.md B1,
 * B2), then calls `done`. Returns the function that stops the pass (the next change restarts it).
 */
export function passInSlices(
  state: EditorState,
  count: number,
  visit: (index: number) => void,
  done: () => void,
): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const deadline = performance.now() + SLICE_MS;
    state.read(() => {
      while (next < count && performance.now() < deadline) visit(next++);
    });
    if (next < count) timer = setTimeout(slice, 0);
    else done();
  };
  slice();
  return () => clearTimeout(timer);
}
