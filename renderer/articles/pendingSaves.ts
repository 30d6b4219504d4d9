const flushers = new Set<() => Promise<void>>();

/** Open editors register their flush here so any navigation can first wait for their saves. */
export function registerFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAllSaves(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
