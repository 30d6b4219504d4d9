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

/** Which article a call changed, when it names one (`null`: any, as a tag renamed across articles). */
const articleOf = (method: Method, input: unknown): string | null =>
  method.startsWith('articles.') && typeof (input as { id?: unknown }).id === 'string'
    ? (input as { id: string }).id
    : null;

/** Tells the other windows and tabs that this call changed what they may show (no message to itself). */
export function announceChange(method: Method, input: unknown): void {
  if (CHANGES_ARTICLES.has(method)) channel?.postMessage({ article: articleOf(method, input) });
}

/**
 * Runs `listener` when another window or tab changed this article (or articles it cannot name), and
 * this window is in use: one out of use reads again when it comes back into view (useBackInView), so a
 * hidden tab does not read and rebuild a long article at every pause in the other window's typing.
 * Returns the unsubscribe.
 */
export function onChangeElsewhere(articleId: string, listener: () => void): () => void {
  if (!channel) return () => undefined;
  const heard = (event: MessageEvent<{ article: string | null }>) => {
    const changed = event.data?.article;
    if (changed !== null && changed !== articleId) return;
    if (document.visibilityState === 'visible' && document.hasFocus()) listener();
  };
  channel.addEventListener('message', heard);
  return () => channel.removeEventListener('message', heard);
}
