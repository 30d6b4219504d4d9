import type { Database } from 'better-sqlite3';
import type { Method, Output, ParsedInput } from '../../../shared/api/contract';
import type { UiLanguage } from '../../../shared/api/settings';
import { listTags, renameTag } from '../articles/tags';
import { articleSourcing, setArticleSources } from './article-sources';
import { deleteSource } from './delete';
import { mergeSources } from './merge';
import { createSource, listSources, updateSource } from './store';
import { sourceUsage } from './usage';

type SourceMethod =
  | Extract<Method, `sources.${string}`>
  | 'articles.tags'
  | 'articles.renameTag'
  | 'articles.sources'
  | 'articles.setSources';
export type SourceHandlers = {
  [M in SourceMethod]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

/** The registry, an article's sources and the tags in use; `language` is the publication's, read per call. */
export function sourceHandlers(db: Database, language: () => UiLanguage, now: () => Date): SourceHandlers {
  return {
    'articles.tags': (input) => listTags(db, input),
    'articles.renameTag': (input) => renameTag(db, input),
    'articles.sources': ({ id }) => articleSourcing(db, id, language()),
    'articles.setSources': (input) => setArticleSources(db, input, language(), now),
    'sources.list': (input) => listSources(db, input),
    'sources.create': (input) => createSource(db, input, now),
    'sources.update': (input) => updateSource(db, input, now),
    'sources.merge': (input) => mergeSources(db, input, now),
    'sources.usage': ({ id }) => sourceUsage(db, id),
    'sources.delete': ({ id }) => deleteSource(db, id),
  };
}
