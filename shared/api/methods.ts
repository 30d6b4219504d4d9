/**
 * The names of the contract's methods, without their schemas, so the Electron preload can check a
 * name without bundling zod and the editor. contract.ts is checked against this list at compile time.
 */
export const METHOD_NAMES = [
  'app.status',
  'articles.list',
  'articles.rubrics',
  'articles.get',
  'articles.revision',
  'articles.create',
  'articles.save',
  'articles.delete',
  'articles.tags',
  'articles.renameTag',
  'articles.sources',
  'articles.setSources',
  'sources.list',
  'sources.create',
  'sources.update',
  'sources.merge',
  'sources.usage',
  'sources.delete',
  'settings.get',
  'settings.update',
  'export.preflight',
  'export.run',
  'export.zip',
  'photos.list',
  'photos.get',
  'photos.update',
  'photos.updateMany',
  'photos.delete',
  'photos.copyToArticles',
  'photos.importBegin',
  'photos.importFile',
  'photos.importStatus',
  'photos.importCancel',
  'photos.mediaAccess',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);

export function isMethod(name: unknown): name is MethodName {
  return typeof name === 'string' && NAMES.has(name);
}

/** A value named in a message without calling its toString (an object from IPC could throw). */
export const describeMethodName = (value: unknown): string =>
  typeof value === 'string' ? value.slice(0, 80) : `(${typeof value})`;
