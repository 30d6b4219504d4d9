import { tidyList, tidyName } from '../../shared/text/lists';

/**
 * A comma-separated field's items (writers, tags): tidied as stored (shared/text/lists.ts), empty ones
 * and repeats dropped, each cut to the longest the save accepts and no more items than it accepts, so
 * typing can never make a save fail.
 */
export const commaList = (text: string, limits: { item: number; count: number }): string[] =>
  tidyList(
    text
      .split(',')
      // Cut in UTF-16 units, as the save counts, never between the two halves of an emoji.
      .map((part) =>
        tidyName(part)
          .slice(0, limits.item)
          .replace(/[\uD800-\uDBFF]$/, ''),
      ),
  ).slice(0, limits.count);
