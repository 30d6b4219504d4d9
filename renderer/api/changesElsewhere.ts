import type { Method } from '../../shared/api/contract';

/**
 * Calls whose success changes an article another window or tab may be showing: its text and revision
 * (a save, a tag renamed or a source merged across articles, photo words copied into them), its sources
 * (the "Dikutip dari" line, a source renamed or deleted) or the article itself (deleted).
 */
const CHANGES_ARTICLES: ReadonlySet<Method> = new Set<Method>([
  'articles.save',
  'articles.delete',
  'articles.renameTag',
  'articles.setSources',
  'sources.update',
  'sources.merge',
  'sources.delete',
  'photos.copyToArticles',
]);

// Every window and tab of the app (one origin: browser mode's address, the desktop app's own scheme)
// hears the others' changes at once, without asking the service. A window reading only when it comes
// back into view read too early when the other window's save was still on its way (both happen as the
// focus moves), and kept the old text until it was left and entered again.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('redaksi.changes') : null;

/** Tells the other windows and tabs that this call changed what they may show (no message to itself). */
export function announceChange(method: Method): void {
  if (CHANGES_ARTICLES.has(method)) channel?.postMessage(method);
}

/** Runs `listener` whenever another window or tab changed an article; returns the unsubscribe. */
export function onChangeElsewhere(listener: () => void): () => void {
  if (!channel) return () => undefined;
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}
