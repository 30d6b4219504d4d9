import { z } from 'zod';
import { ArticleStatus } from '../../shared/api/article';
import { SourceId } from '../../shared/api/source';

/** What the article list was showing, so that coming back from an article finds it as it was left. */
export const ListMemory = z.object({
  query: z.string().max(500),
  status: z.union([ArticleStatus, z.literal('')]),
  rubric: z.string().max(500),
  tag: z.string().max(500),
  sourceId: z.union([SourceId, z.literal('')]),
  /** How many rows had been loaded ("Show more"). */
  shown: z.number().int().min(0).max(100_000),
  /** The article last opened from the list: its row gets the focus on the way back. */
  lastOpened: z.string().max(100).nullable(),
  /** Where its row was: the row in that place takes the focus when the article left the list. */
  openedAt: z.number().int().min(0).max(100_000).nullable().default(null),
});
export type ListMemory = z.output<typeof ListMemory>;
export type ListFilters = Pick<ListMemory, 'query' | 'status' | 'rubric' | 'tag' | 'sourceId'>;

export const NO_FILTERS: ListFilters = { query: '', status: '', rubric: '', tag: '', sourceId: '' };
const FRESH: ListMemory = { ...NO_FILTERS, shown: 0, lastOpened: null, openedAt: null };
const KEY = 'redaksi.articleList';

/** Kept for the window's session (a reload keeps it too); anything unreadable counts as a fresh list. */
export function recallList(): ListMemory {
  try {
    const parsed = ListMemory.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : FRESH;
  } catch {
    return FRESH;
  }
}

export function rememberList(memory: ListMemory): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Storage full or refused: the list simply starts fresh next time.
  }
}

/** A new article is the one opened: its row, when the list shows it, takes the focus on the way back. */
export function rememberCreated(id: string): void {
  rememberList({ ...recallList(), lastOpened: id, openedAt: null });
}

export function filtersOf({ query, status, rubric, tag, sourceId }: ListFilters): ListFilters {
  return { query, status, rubric, tag, sourceId };
}

export function isFiltered(filters: ListFilters): boolean {
  return Object.values(filtersOf(filters)).some((value) => value.trim() !== '');
}
