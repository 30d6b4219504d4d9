/** Where the app is, kept in the address hash so a reload returns to the same place. */
export type Route = { view: 'articles' } | { view: 'article'; id: string } | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const article = /^#\/article\/([0-9a-f-]{36})$/.exec(hash);
  if (article) return { view: 'article', id: article[1]! };
  if (hash === '#/settings') return { view: 'settings' };
  return { view: 'articles' };
}

export function routeHash(route: Route): string {
  if (route.view === 'article') return `#/article/${route.id}`;
  if (route.view === 'settings') return '#/settings';
  return '#/articles';
}
