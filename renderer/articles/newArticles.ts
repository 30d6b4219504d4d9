import { callWhileLeaving } from '../api/client';
import type { ArticleDraft } from './ArticleDraft';

/** The articles this window made with New article, until they are left. */
const created = new Set<string>();

export function markCreatedHere(id: string): void {
  created.add(id);
}

/**
 * A new article left empty (no word, no field, no source — as it came, or typed into and emptied
 * again): deleted as it is left, so every click on New article does not leave an empty "untitled" one
 * behind in the list. Only one this window made, at the revision this window last saved — one another
 * window has saved since, or given a source or a "Dikutip dari" line, is refused by the store and kept.
 * Resolves to whether it was discarded.
 */
export async function discardIfEmpty(id: string, draft: ArticleDraft): Promise<boolean> {
  if (!created.has(id) || !draft.empty()) return false;
  // Typed into meanwhile (while the leave was on its way): kept.
  const deleted = await draft.deleteIfEmpty();
  if (deleted) created.delete(id);
  return deleted;
}

/**
 * The same as the window closes (or the tab, or another address opens in it), when nothing can be
 * waited for: the delete is sent so that it outlives the page (callWhileLeaving), with the store
 * making the same checks.
 */
export function discardAsThePageGoes(id: string, draft: ArticleDraft): void {
  if (!created.has(id) || !draft.empty()) return;
  // A reload comes back to this tab: it must not open the article being deleted.
  sessionStorage.setItem(DISCARDED_KEY, id);
  callWhileLeaving('articles.delete', { id, revision: draft.savedRevision, onlyIfEmpty: true });
}

const DISCARDED_KEY = 'redaksi.discardedAsThePageWent';
/** The article the page before this one (in this tab) discarded as it went, read once per page. */
let discardedBefore: string | null | undefined;

/**
 * Whether this page was reloaded on a new article that the page before it discarded as it went (a
 * reload cannot be told from a close while the page goes): a fresh new article opens in its place
 * rather than one on its way to being deleted.
 */
export function discardedAsThePageWent(id: string): boolean {
  if (discardedBefore === undefined) {
    discardedBefore = sessionStorage.getItem(DISCARDED_KEY);
    sessionStorage.removeItem(DISCARDED_KEY);
  }
  return discardedBefore === id;
}
