import type { ApiErrorShape } from '../../shared/api/errors';

/** An open article whose latest changes could not be saved, and why. */
export interface UnsavedArticle {
  headline: string;
  error: ApiErrorShape | null;
}

/** Saves what an open editor has not saved yet; resolves to what is still unsaved, or null. */
type Flush = () => Promise<UnsavedArticle | null>;

const flushers = new Set<Flush>();

/** Open editors register their flush here so any navigation can first wait for their saves. */
export function registerFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves every open editor; resolves to the articles whose changes are still unsaved (none: empty). */
export async function flushAllSaves(): Promise<UnsavedArticle[]> {
  const results = await Promise.all([...flushers].map((flush) => flush()));
  return results.filter((result): result is UnsavedArticle => result !== null);
}
