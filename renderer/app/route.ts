/** Where the app is, kept in the address hash so a reload returns to the same place. */
export type Route =
  | { view: 'articles' }
  | { view: 'article'; id: string }
  | { view: 'photos' }
  | { view: 'sources'; id: string | null }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const article = /^#\/article\/([0-9a-f-]{36})$/.exec(hash);
  if (article) return { view: 'article', id: article[1]! };
  if (hash === '#/settings') return { view: 'settings' };
  if (hash === '#/photos') return { view: 'photos' };
  const source = /^#\/sources(?:\/([0-9a-f-]{36}))?$/.exec(hash);
  if (source) return { view: 'sources', id: source[1] ?? null };
  return { view: 'articles' };
}

export function routeHash(route: Route): string {
  if (route.view === 'article') return `#/article/${route.id}`;
  if (route.view === 'settings') return '#/settings';
  if (route.view === 'photos') return '#/photos';
  if (route.view === 'sources') return route.id ? `#/sources/${route.id}` : '#/sources';
  return '#/articles';
}
