import { useEffect, useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { Source, SourceKind } from '../../shared/api/source';
import { api } from '../api/client';

const SEARCH_DELAY_MS = 150;

/** The sources a list of them to choose from shows at most (past them, a search narrows it). */
export const SOURCES_LISTED = 500;

/**
 * The registry's sources matching a search and kind, fetched again when `version` changes (a source
 * created, changed or deleted) and a moment after typing stops (at once with no search). With a
 * `limit`, at most that many, and `more` says the registry holds others.
 */
export function useSourceList({
  query,
  kind = '',
  limit,
  version,
}: {
  query: string;
  kind?: SourceKind | '';
  limit?: number;
  version: number;
}): { sources: Source[] | null; more: boolean; error: ApiErrorShape | null } {
  const [listed, setListed] = useState<{ sources: Source[] | null; more: boolean }>({
    sources: null,
    more: false,
  });
  const [error, setError] = useState<ApiErrorShape | null>(null);
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(
      () =>
        void api('sources.list', {
          ...(query.trim() ? { query } : {}),
          ...(kind ? { kind } : {}),
          ...(limit !== undefined ? { limit: limit + 1 } : {}),
        }).then((result) => {
          if (!current) return;
          if (result.ok)
            setListed({
              sources: limit === undefined ? result.value : result.value.slice(0, limit),
              more: limit !== undefined && result.value.length > limit,
            });
          setError(result.ok ? null : result.error);
        }),
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, kind, limit, version]);
  return { ...listed, error };
}
