import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { useBackInView } from '../app/useBackInView';
import { useRovingFocus } from '../app/useRovingFocus';
import { ARTICLE_QUERY_LIMIT, ARTICLE_STATUSES, type ArticleStatus } from '../../shared/api/article';
import { openInNewTab } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { StatusNotice } from '../app/StatusNotice';
import { filtersOf, isFiltered, recallList, rememberList, type ListFilters } from './listMemory';
import { useArticlePages } from './useArticlePages';
import { useFirstRowKey } from './useFirstRowKey';
import { RenameTag } from './RenameTag';
import { TAGS_LISTED, useFilterChoices, type GoneFilter } from './useFilterChoices';
import { SOURCES_LISTED } from '../sources/useSourceList';
import { headlineShown } from './headlineShown';

/** The choices with the value in use among them, so a select always shows what filters the list. */
const withValue = (choices: string[], value: string) =>
  value === '' || choices.includes(value) ? choices : [...choices, value];

/** How long the rows answering a search or filter stay as they are before their count is said. */
const RESULT_PAUSE_MS = 500;

/**
 * A click that asks for a new tab or window (Ctrl, Cmd or Shift held, or the middle button), in
 * browser mode only: the desktop app opens no other windows, so there a row always opens in place.
 */
const opensElsewhere = (event: MouseEvent): boolean =>
  !window.redaksi && (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1);

/** A row to focus: the article returned from (else the row now in its place), or the first of "Show more". */
type RowTarget = number | { id: string; index: number | null };

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
  /** Filters dropped because no article can match them any more, said until the next choice. */
  const [gone, setGone] = useState<GoneFilter[]>([]);
  /** What the last Rename tag did, said until the next choice. */
  const [renamed, setRenamed] = useState<string | null>(null);
  const tagFilter = useRef<HTMLSelectElement>(null);
  /** The result of the last search or filter chosen, said once its rows have settled. */
  const [result, setResult] = useState('');
  const asked = useRef(false);
  const filter = (change: Partial<ListFilters>) => {
    setGone([]);
    setRenamed(null);
    asked.current = true;
    setResult('');
    setFilters((current) => ({ ...current, ...change }));
  };
  const { articles, settled, error, more, loadingMore, showMore, refresh } = useArticlePages(
    filters,
    memory.shown,
  );
  const rows = useRef<HTMLUListElement>(null);
  const search = useRef<HTMLInputElement>(null);
  // One Tab stop for the rows, however many: ↑/↓, Home and End move between them, ↑ from the first
  // back to the search field that leads into them.
  const roving = useRovingFocus(rows, {
    items: 'a.rx-row-link',
    orientation: 'vertical',
    wrap: false,
    onBeforeFirst: () => search.current?.focus(),
  });
  const returnedFrom: RowTarget | null =
    memory.lastOpened === null ? null : { id: memory.lastOpened, index: memory.openedAt };
  /** The row to focus once the rows are there. */
  const focusRow = useRef<RowTarget | null>(deleted === null ? returnedFrom : null);
  const dates = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  // A remembered filter can outlive its choice (the last Regional article moved to another rubric, the
  // source merged away): it is dropped, and said so, rather than left on unseen with an empty list.
  // The filters as last shown: choices read again for filters since changed (a tag just renamed,
  // another one picked) drop nothing and say nothing.
  const shownFilters = useRef(filters);
  useEffect(() => {
    shownFilters.current = filters;
  }, [filters]);
  const { choices, reread } = useFilterChoices(filters, (stale, first) => {
    const dropped = stale.filter(({ filter: name, value }) => shownFilters.current[name] === value);
    if (dropped.length === 0) return;
    setFilters((current) => {
      const next = { ...current };
      for (const { filter: name, value } of dropped) if (next[name] === value) next[name] = '';
      return next;
    });
    setGone(dropped);
    // Back from an article, its row still takes the focus once the list without the filter is there.
    if (first && deleted === null) focusRow.current = returnedFrom;
  });
  const { rubrics, tags, moreTags, sources, moreSources } = choices;

  // Back from deleting an article, whose row is gone: the search field has the focus.
  useEffect(() => {
    if (deleted !== null) search.current?.focus();
  }, [deleted]);

  useEffect(() => {
    if (articles) rememberList({ ...filters, shown: articles.length, lastOpened: null, openedAt: null });
  }, [filters, articles]);

  // Back from an article, its row has the focus; gone from the list (published away from a Draft
  // filter), the row now in its place, else the search field (a new article the filters leave out).
  // After "Show more", the first new row.
  useEffect(() => {
    const target = focusRow.current;
    // Rows that answer filters since changed (a filter just dropped) are about to be replaced.
    if (target === null || !articles || !settled) return;
    focusRow.current = null;
    const links = [...(rows.current?.querySelectorAll<HTMLAnchorElement>('a.rx-row-link') ?? [])];
    const link =
      typeof target === 'number'
        ? links[target]
        : (links.find((a) => a.dataset.id === target.id) ??
          (target.index === null ? undefined : links[Math.min(target.index, links.length - 1)]));
    if (!link) {
      if (typeof target !== 'number') search.current?.focus();
      return;
    }
    link.focus({ preventScroll: true });
    link.scrollIntoView({ block: typeof target === 'number' ? 'nearest' : 'center' });
  }, [articles, settled]);

  // The rows a search or filter brought, said once they have stayed a moment: typing on, each key's
  // rows are not said one after another. A search or filter chosen anew empties it until then.
  // A search that finds articles the filters leave out says so: the articles are not gone.
  const searched = query.trim() !== '';
  const emptyText = isFiltered({ ...filters, query: '' })
    ? t(searched ? 'list.noMatchSearchFilters' : 'list.noMatchFilters')
    : t(searched ? 'list.noMatch' : 'list.empty');
  const resultText = !articles
    ? ''
    : articles.length === 0
      ? emptyText
      : more
        ? t('list.result.more', { n: articles.length })
        : t('list.count', { n: articles.length });
  useEffect(() => {
    if (!asked.current || !settled || resultText === '') return;
    const timer = setTimeout(() => setResult(resultText), RESULT_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [settled, resultText]);

  // Another window or tab may have edited, published or deleted articles meanwhile: the rows (and the
  // filters' choices) are read again when this one comes back, the row in use keeping the focus.
  const keepFocus = useRef<{ id: string; index: number } | null>(null);
  useBackInView(
    useCallback(() => {
      const active = document.activeElement;
      if (
        active instanceof HTMLAnchorElement &&
        active.classList.contains('rx-row-link') &&
        active.dataset.id
      ) {
        const links = [...(rows.current?.querySelectorAll('a.rx-row-link') ?? [])];
        keepFocus.current = { id: active.dataset.id, index: links.indexOf(active) };
      }
      refresh();
      reread();
    }, [refresh, reread]),
  );
  useEffect(() => {
    const kept = keepFocus.current;
    if (kept === null || !articles || !settled) return;
    keepFocus.current = null;
    const links = [...(rows.current?.querySelectorAll<HTMLAnchorElement>('a.rx-row-link') ?? [])];
    // Gone from the list (published away from a Draft filter), the row now in its place takes it.
    const link = links.find((a) => a.dataset.id === kept.id) ?? links[Math.min(kept.index, links.length - 1)];
    if (link && link !== document.activeElement) link.focus({ preventScroll: true });
    else if (!link) search.current?.focus();
  }, [articles, settled]);

  const open = (id: string) => {
    const index = articles?.findIndex((article) => article.id === id) ?? -1;
    rememberList({
      ...filters,
      shown: articles?.length ?? 0,
      lastOpened: id,
      openedAt: index === -1 ? null : index,
    });
    onOpen(id);
  };

  const firstRowKey = useFirstRowKey({ search, rows, query, answered: articles !== null && settled });

  return (
    <section className="rx-list" aria-label={t('nav.articles')}>
      <header className="rx-list-header">
        <h1>{t('nav.articles')}</h1>
      </header>
      <div className="rx-list-bar">
        {/* A double-click's second click (detail 2) makes no second article. */}
        <button type="button" className="rx-primary" onClick={(event) => event.detail < 2 && onCreate()}>
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
          onChange={(event) => {
            firstRowKey.cancel();
            filter({ query: event.target.value });
          }}
          onBlur={firstRowKey.cancel}
          onKeyDown={(event) => {
            if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
            if (event.key !== 'ArrowDown' && event.key !== 'Enter') return;
            event.preventDefault();
            firstRowKey.toFirstRow();
          }}
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
          {withValue(rubrics, rubric).map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <select
          ref={tagFilter}
          aria-label={t('list.filterTag')}
          value={tag}
          onChange={(event) => filter({ tag: event.target.value })}
        >
          <option value="">{t('list.tag.all')}</option>
          {moreTags && (
            <option value="" disabled>
              {t('list.tag.mostUsed', { n: TAGS_LISTED })}
            </option>
          )}
          {[...withValue(tags, tag)]
            .sort((a, b) => a.localeCompare(b))
            .map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
        </select>
        {tag !== '' && (
          <RenameTag
            // A new tag chosen starts it closed again, with that tag's name.
            key={tag}
            tag={tag}
            onRenamed={({ from, to, merged, articlesChanged }) => {
              filter({ tag: to });
              setRenamed(
                t(merged ? 'list.tag.merged' : 'list.tag.renamed', { from, to, n: articlesChanged }),
              );
              reread();
              tagFilter.current?.focus();
            }}
          />
        )}
        <select
          aria-label={t('list.filterSource')}
          value={sourceId}
          onChange={(event) => filter({ sourceId: event.target.value })}
        >
          <option value="">{t('list.source.all')}</option>
          {moreSources && (
            <option value="" disabled>
              {t('list.source.first', { n: SOURCES_LISTED })}
            </option>
          )}
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
          {sourceId !== '' && !sources.some((source) => source.id === sourceId) && (
            <option value={sourceId}>{t('list.source.loading')}</option>
          )}
        </select>
      </div>
      <StatusNotice
        className="rx-list-notice"
        text={[
          ...(deleted !== null ? [t('article.deleted', { headline: deleted })] : []),
          ...gone.map(({ filter: name, value }) => t(`list.gone.${name}`, { value })),
          ...(renamed !== null ? [renamed] : []),
        ].join(' ')}
      />
      <StatusNotice className="rx-visually-hidden" text={result} />
      {error && (
        <p className="rx-error" role="alert">
          {say(error)}
        </p>
      )}
      {articles && articles.length === 0 && <p className="rx-empty">{emptyText}</p>}
      {articles && articles.length > 0 && (
        <ul
          ref={rows}
          className="rx-rows"
          aria-label={t('list.count', { n: articles.length })}
          onFocus={roving.onFocus}
          onKeyDown={roving.onKeyDown}
        >
          {articles.map((article) => (
            <li key={article.id}>
              <a
                className="rx-row-link"
                href={`#/article/${article.id}`}
                data-id={article.id}
                onClick={(event) => {
                  event.preventDefault();
                  if (opensElsewhere(event)) openInNewTab(`#/article/${article.id}`);
                  else open(article.id);
                }}
                onAuxClick={(event) => {
                  if (!opensElsewhere(event)) return;
                  event.preventDefault();
                  openInNewTab(`#/article/${article.id}`);
                }}
              >
                {/* The article's words in their own direction: an Arabic headline's "?" at its end. */}
                <span className="rx-row-rubric" dir="auto">
                  {article.rubric}
                </span>
                <span className="rx-row-headline" dir="auto">
                  {headlineShown(article.headline, t)}
                </span>
                {article.snippet && (
                  <span className="rx-row-snippet" dir="auto">
                    {article.snippet}
                  </span>
                )}
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
