import type { CallApi } from '../../shared/api/contract';
import type { ArticleDraft } from './ArticleDraft';

/** The articles this window made with New article, until they are left. */
const created = new Set<string>();

export function markCreatedHere(id: string): void {
  created.add(id);
}

/**
 * A new article left as it came (no word, no field, no source): deleted as it is left, so every
 * click on New article does not leave an empty "untitled" one behind in the list. Only one this window
 * made, at the revision it was made at — one another window has saved since is refused and kept.
 * Resolves to whether it was discarded.
 */
export async function discardIfUntouched(id: string, draft: ArticleDraft, call: CallApi): Promise<boolean> {
  if (!created.has(id) || !draft.untouched()) return false;
  const sourcing = await call('articles.sources', { id });
  if (!sourcing.ok || sourcing.value.entries.length > 0 || sourcing.value.quotedFrom.trim() !== '')
    return false;
  // Typed into meanwhile (while the sources were asked for): kept.
  const deleted = await draft.deleteIfUntouched();
  if (deleted) created.delete(id);
  return deleted;
}
