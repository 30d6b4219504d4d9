import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleListInput, ArticleSummary } from '../../shared/api/article';
import type { ApiErrorShape } from '../../shared/api/errors';
import { api } from '../api/client';
import type { ListFilters } from './listMemory';

/** Rows per "Show more". */
export const PAGE = 200;
/** At most this many rows are loaded again when the list is restored (one request: 5,000 at most). */
const MOST_RESTORED = 4_999;
const SEARCH_DELAY_MS = 150;

function listInput(filters: ListFilters): ArticleListInput {
  return {
    ...(filters.query.trim() ? { query: filters.query } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.rubric ? { rubric: filters.rubric } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.sourceId ? { sourceId: filters.sourceId } : {}),
  };
}

export interface ArticlePages {
  articles: ArticleSummary[] | null;
  /** Whether `articles` answer the filters as they are now (an answer to older ones may still show). */
  settled: boolean;
  error: ApiErrorShape | null;
  /** Whether the service has rows after the ones loaded. */
  more: boolean;
  loadingMore: boolean;
  /** Loads the next page; resolves to the index of its first row in `articles`, or null. */
  showMore: () => Promise<number | null>;
  /** Reads the rows shown again (as many as are shown), for what other windows changed meanwhile. */
  refresh: () => void;
}

/**
 * The list's rows, a page at a time: one more row than shown is asked for, so the list knows whether
 * there is more without counting every match. A change of filters starts again from the top (after a
 * short pause while a search is typed); `restore` rows are loaded at once the first time.
 */
export function useArticlePages(filters: ListFilters, restore: number): ArticlePages {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [more, setMore] = useState(false);
  /** The list input the rows shown answer. */
  const [answered, setAnswered] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);
  const restoring = useRef(restore);
  const { query, status, rubric, tag, sourceId } = filters;

  /** Reads the first `want` rows for `input`; an answer overtaken by a later read is dropped. */
  const read = useCallback((mine: number, input: ArticleListInput, want: number) => {
    void api('articles.list', { ...input, limit: want + 1 }).then((result) => {
      if (mine !== generation.current) return;
      setLoadingMore(false);
      if (!result.ok) return setError(result.error);
      setArticles(result.value.slice(0, want));
      setAnswered(JSON.stringify(input));
      setMore(result.value.length > want);
      setError(null);
    });
  }, []);

  useEffect(() => {
    const mine = (generation.current += 1);
    const want = Math.min(Math.max(restoring.current, PAGE), MOST_RESTORED);
    restoring.current = 0;
    const timer = setTimeout(
      () => read(mine, listInput({ query, status, rubric, tag, sourceId }), want),
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [read, query, status, rubric, tag, sourceId]);

  const latest = useRef<{ filters: ListFilters; shown: number | null }>({ filters, shown: null });
  useEffect(() => {
    latest.current = { filters, shown: articles?.length ?? null };
  });
  const refresh = useCallback(() => {
    const { filters: now, shown } = latest.current;
    // Before the first rows arrive there is nothing to refresh (and the restored count is still coming).
    if (shown === null) return;
    read((generation.current += 1), listInput(now), Math.min(Math.max(shown, PAGE), MOST_RESTORED));
  }, [read]);

  const showMore = useCallback(async (): Promise<number | null> => {
    if (!articles || loadingMore) return null;
    const mine = generation.current;
    setLoadingMore(true);
    const result = await api('articles.list', {
      ...listInput({ query, status, rubric, tag, sourceId }),
      offset: articles.length,
      limit: PAGE + 1,
    });
    if (mine !== generation.current) return null;
    setLoadingMore(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    // An article saved meanwhile moves up the list and could come round again: shown once.
    const known = new Set(articles.map((article) => article.id));
    const fresh = result.value.slice(0, PAGE).filter((article) => !known.has(article.id));
    setArticles([...articles, ...fresh]);
    setMore(result.value.length > PAGE);
    setError(null);
    return fresh.length > 0 ? articles.length : null;
  }, [articles, loadingMore, query, status, rubric, tag, sourceId]);

  const settled = answered === JSON.stringify(listInput(filters));
  return { articles, settled, error, more, loadingMore, showMore, refresh };
}
