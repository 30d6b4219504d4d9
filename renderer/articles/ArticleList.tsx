import { useEffect, useRef, useState } from 'react';
import { ARTICLE_QUERY_LIMIT, ARTICLE_STATUSES, type ArticleStatus } from '../../shared/api/article';
import type { Source } from '../../shared/api/source';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { filtersOf, isFiltered, recallList, rememberList, type ListFilters } from './listMemory';
import { useArticlePages } from './useArticlePages';

/** All articles, newest change first; search and filters by status and rubric. */
export function ArticleList({
  deleted = null,
  onOpen,
  onCreate,
}: {
  /** The headline of the article just deleted, said once as the list opens. */
  deleted?: string | null;
  onOpen: (id: string) => void;
  onCreate: () => void;
}) {
  const { t, language, say } = useI18n();
  const [memory] = useState(recallList);
  const [filters, setFilters] = useState<ListFilters>(() => filtersOf(memory));
  const { query, status, rubric, tag, sourceId } = filters;
  const filter = (change: Partial<ListFilters>) => setFilters((current) => ({ ...current, ...change }));
  const [rubrics, setRubrics] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [sources, setSources] = useState<Source[]>([]);
  const { articles, error, more, loadingMore, showMore } = useArticlePages(filters, memory.shown);
  const rows = useRef<HTMLUListElement>(null);
  const search = useRef<HTMLInputElement>(null);
  /** The row to focus once the rows are there: the article returned from, or the first of "Show more". */
  const focusRow = useRef<number | string | null>(deleted === null ? memory.lastOpened : null);
  const dates = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  useEffect(() => {
    void api('articles.rubrics', {}).then((result) => result.ok && setRubrics(result.value));
    void api('articles.tags', { limit: 500 }).then((result) => result.ok && setTags(result.value));
    void api('sources.list', { limit: 1_000 }).then((result) => result.ok && setSources(result.value));
  }, []);

  // Back from deleting an article, whose row is gone: the search field has the focus.
  useEffect(() => {
    if (deleted !== null) search.current?.focus();
  }, [deleted]);

  useEffect(() => {
    if (articles) rememberList({ ...filters, shown: articles.length, lastOpened: null });
  }, [filters, articles]);

  // Back from an article, its row has the focus; after "Show more", the first new row.
  useEffect(() => {
    const target = focusRow.current;
    if (target === null || !articles) return;
    focusRow.current = null;
    const links = [...(rows.current?.querySelectorAll<HTMLAnchorElement>('a.rx-row-link') ?? [])];
    const link = typeof target === 'number' ? links[target] : links.find((a) => a.dataset.id === target);
    link?.focus({ preventScroll: true });
    link?.scrollIntoView({ block: typeof target === 'number' ? 'nearest' : 'center' });
  }, [articles]);

  const open = (id: string) => {
    rememberList({ ...filters, shown: articles?.length ?? 0, lastOpened: id });
    onOpen(id);
  };

  const filtered = isFiltered(filters);
  return (
    <section className="rx-list" aria-label={t('nav.articles')}>
      <div className="rx-list-bar">
        <button type="button" className="rx-primary" onClick={onCreate}>
          {t('list.new')}
        </button>
        <input
          ref={search}
          type="search"
          className="rx-search"
          maxLength={ARTICLE_QUERY_LIMIT}
          aria-label={t('list.search')}
          placeholder={t('list.search')}
          value={query}
          onChange={(event) => filter({ query: event.target.value })}
        />
        <select
          aria-label={t('list.filterStatus')}
          value={status}
          onChange={(event) => filter({ status: event.target.value as ArticleStatus | '' })}
        >
          <option value="">{t('list.status.all')}</option>
          {ARTICLE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('list.filterRubric')}
          value={rubric}
          onChange={(event) => filter({ rubric: event.target.value })}
        >
          <option value="">{t('list.rubric.all')}</option>
          {rubrics.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <select
          aria-label={t('list.filterTag')}
          value={tag}
          onChange={(event) => filter({ tag: event.target.value })}
        >
          <option value="">{t('list.tag.all')}</option>
          {[...tags]
            .sort((a, b) => a.localeCompare(b))
            .map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
        </select>
        <select
          aria-label={t('list.filterSource')}
          value={sourceId}
          onChange={(event) => filter({ sourceId: event.target.value })}
        >
          <option value="">{t('list.source.all')}</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
        </select>
      </div>
      {deleted !== null && (
        <p className="rx-list-notice" role="status">
          {t('article.deleted', { headline: deleted })}
        </p>
      )}
      {error && (
        <p className="rx-error" role="alert">
          {say(error)}
        </p>
      )}
      {articles && articles.length === 0 && (
        <p className="rx-empty">{filtered ? t('list.noMatch') : t('list.empty')}</p>
      )}
      {articles && articles.length > 0 && (
        <ul ref={rows} className="rx-rows" aria-label={t('list.count', { n: articles.length })}>
          {articles.map((article) => (
            <li key={article.id}>
              <a
                className="rx-row-link"
                href={`#/article/${article.id}`}
                data-id={article.id}
                onClick={(event) => {
                  event.preventDefault();
                  open(article.id);
                }}
              >
                <span className="rx-row-rubric">{article.rubric}</span>
                <span className="rx-row-headline">{article.headline || t('list.untitled')}</span>
                {article.snippet && <span className="rx-row-snippet">{article.snippet}</span>}
                <span className="rx-row-meta">
                  <span className={`rx-badge rx-badge-${article.status}`}>
                    {t(`status.${article.status}`)}
                  </span>
                  <time dateTime={article.updatedAt}>
                    {t('list.changed', { when: dates.format(new Date(article.updatedAt)) })}
                  </time>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {articles && more && (
        <p className="rx-list-more">
          <span>{t('list.showing', { n: articles.length })}</span>
          <button
            type="button"
            aria-disabled={loadingMore || undefined}
            onClick={() => {
              focusRow.current = articles.length;
              void showMore().then((first) => {
                if (first === null) focusRow.current = null;
              });
            }}
          >
            {loadingMore ? t('list.loadingMore') : t('list.more')}
          </button>
        </p>
      )}
    </section>
  );
}
