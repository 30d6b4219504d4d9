import type { SourceRole } from '../../../shared/api/source';

export type HandEntry = { sourceId: string; role: SourceRole };

/**
 * The sources added by hand after one window's change, when another window may have changed the
 * list meanwhile. `byHand` is the window's list now and `basedOn` the list it last read: what it
 * removed goes, what it re-roled takes the new role in its place, what it added comes last, and
 * everything it did not touch stays as stored — the other window's additions and removals too.
 * Without `basedOn` (an older caller), the window's list replaces the stored one.
 */
export function mergedHandList(
  stored: readonly HandEntry[],
  byHand: readonly HandEntry[],
  basedOn: readonly HandEntry[] | undefined,
): HandEntry[] {
  if (!basedOn) return [...byHand];
  const wanted = new Map(byHand.map((entry) => [entry.sourceId, entry]));
  const seen = new Map(basedOn.map((entry) => [entry.sourceId, entry]));
  const removedHere = (id: string) => seen.has(id) && !wanted.has(id);
  const changedHere = (id: string) => wanted.has(id) && wanted.get(id)?.role !== seen.get(id)?.role;
  const kept = stored
    .filter((entry) => !removedHere(entry.sourceId))
    .map((entry) => (changedHere(entry.sourceId) ? wanted.get(entry.sourceId)! : entry));
  const keptIds = new Set(kept.map((entry) => entry.sourceId));
  return [...kept, ...byHand.filter((entry) => changedHere(entry.sourceId) && !keptIds.has(entry.sourceId))];
}

/**
 * What the merged list holds that the window had seen but the store no longer had: a source another
 * window removed while this one changed its role.
 */
export function putBack(
  stored: readonly HandEntry[],
  merged: readonly HandEntry[],
  basedOn: readonly HandEntry[] | undefined,
): string[] {
  const had = new Set(stored.map((entry) => entry.sourceId));
  const seen = new Set(basedOn?.map((entry) => entry.sourceId));
  return merged
    .filter((entry) => seen.has(entry.sourceId) && !had.has(entry.sourceId))
    .map((entry) => entry.sourceId);
}
