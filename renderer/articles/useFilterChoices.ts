import { useCallback, useEffect, useRef, useState } from 'react';
import type { Source } from '../../shared/api/source';
import { api } from '../api/client';
import type { ListFilters } from './listMemory';
import { SOURCES_LISTED } from '../sources/useSourceList';
import { sameItem, tidyName } from '../../shared/text/lists';

/** What the list's filters offer: every rubric in use, the most used tags, the registry's sources. */
export interface FilterChoices {
  rubrics: string[];
  tags: string[];
  /** More tags are in use than the TAGS_LISTED most used that `tags` holds. */
  moreTags: boolean;
  sources: Source[];
  /** The registry holds more sources than the SOURCES_LISTED first by name that `sources` holds. */
  moreSources: boolean;
}

/** A filter (remembered, or chosen before the last read) whose value no article can have any more. */
export interface GoneFilter {
  filter: 'rubric' | 'tag' | 'sourceId';
  value: string;
}

export const TAGS_LISTED = 500;
const NO_CHOICES: FilterChoices = { rubrics: [], tags: [], moreTags: false, sources: [], moreSources: false };

/** Tags and rubrics are filed, and filtered, without regard to case. */
const sameName = (a: string, b: string) => sameItem(tidyName(a), tidyName(b));

/**
 * Reads the choices and checks the filters against them. A tag past the most used, or a source past
 * the first listed, is looked up on its own: found, it joins the choices; not found, it is gone.
 */
async function readChoices(
  filters: ListFilters,
): Promise<{ choices: FilterChoices; gone: GoneFilter[] } | null> {
  const [rubrics, tags, sources] = await Promise.all([
    api('articles.rubrics', {}),
    api('articles.tags', { limit: TAGS_LISTED + 1 }),
    api('sources.list', { limit: SOURCES_LISTED + 1 }),
  ]);
  if (!rubrics.ok || !tags.ok || !sources.ok) return null;
  const choices: FilterChoices = {
    rubrics: rubrics.value,
    tags: tags.value.slice(0, TAGS_LISTED),
    moreTags: tags.value.length > TAGS_LISTED,
    sources: sources.value.slice(0, SOURCES_LISTED),
    moreSources: sources.value.length > SOURCES_LISTED,
  };
  const gone: GoneFilter[] = [];
  const { rubric, tag, sourceId } = filters;
  if (rubric && !choices.rubrics.some((known) => sameName(known, rubric)))
    gone.push({ filter: 'rubric', value: rubric });
  if (tag && !choices.tags.some((known) => sameName(known, tag))) {
    const found = !choices.moreTags
      ? null
      : await api('articles.tags', { prefix: tidyName(tag), limit: TAGS_LISTED });
    if (found?.ok && found.value.some((known) => sameName(known, tag))) choices.tags.push(tag);
    else if (!found || found.ok) gone.push({ filter: 'tag', value: tag });
  }
  if (sourceId && !choices.sources.some((source) => source.id === sourceId)) {
    const found = await api('sources.list', { ids: [sourceId] });
    if (found.ok && found.value.length > 0) choices.sources.push(...found.value);
    else if (found.ok) gone.push({ filter: 'sourceId', value: sourceId });
  }
  return { choices, gone };
}

/**
 * The filters' choices, read at start and again on `reread`. After each read, `onGone` hears of the
 * filters whose value is no longer among them (`first`: on the first read), so the list can drop them.
 */
export function useFilterChoices(
  filters: ListFilters,
  onGone: (gone: GoneFilter[], first: boolean) => void,
): { choices: FilterChoices; reread: () => void } {
  const [choices, setChoices] = useState<FilterChoices>(NO_CHOICES);
  const latest = useRef({ filters, onGone });
  useEffect(() => {
    latest.current = { filters, onGone };
  });
  const reads = useRef(0);
  const answered = useRef(false);

  const reread = useCallback(() => {
    const mine = (reads.current += 1);
    void readChoices(latest.current.filters).then((read) => {
      if (!read || mine !== reads.current) return;
      const first = !answered.current;
      answered.current = true;
      setChoices(read.choices);
      if (read.gone.length > 0) latest.current.onGone(read.gone, first);
    });
  }, []);

  useEffect(reread, [reread]);
  return { choices, reread };
}
