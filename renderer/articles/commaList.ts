import { tidyList, tidyName } from '../../shared/text/lists';
import { fitted } from '../app/fieldRoom';

type Limits = { item: number; count: number };

/**
 * A comma-separated field's items (writers, tags): tidied as stored (shared/text/lists.ts), empty ones
 * and repeats dropped, each cut to the longest the save accepts and no more items than it accepts, so
 * typing can never make a save fail. What is cut is said under the field (listOverflow).
 */
export const commaList = (text: string, limits: Limits): string[] =>
  // Cut in UTF-16 units, as the save counts, never between the two halves of an emoji.
  tidyList(text.split(',').map((part) => fitted(tidyName(part), limits.item))).slice(0, limits.count);

/** The items as typed, tidied as stored but not cut: what the field shows once it is left. */
export const commaItems = (text: string): string[] => tidyList(text.split(','));

/** What a save of the field would cut: the first item longer than one may be, and how many items are one too many. */
export function listOverflow(text: string, limits: Limits): { tooLong: string | null; extra: number } {
  const items = commaItems(text);
  return {
    tooLong: items.find((item) => item.length > limits.item) ?? null,
    extra: Math.max(0, items.length - limits.count),
  };
}
