/**
 * A name or tag as it is stored: one space between words (a run of spaces, a tab or a no-break space
 * is one space), none around, and its letters composed (NFC), so "Korea  Utara" and "Korea Utara" are
 * one tag and an "é" typed as e + accent matches the one typed at once.
 */
export const tidyName = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** What two tidied items share when they are the same one, whatever the case ("Budi, budi"). */
export const itemKey = (item: string): string => item.toLocaleLowerCase();
export const sameItem = (a: string, b: string): boolean => itemKey(a) === itemKey(b);

/**
 * Tags as stored: commas separate tags (the Tags field reads "Banjir, Medan" as two), so a tag sent
 * with a comma is stored as the tags it would come back as — one that could never be renamed whole.
 */
export const tidyTags = (list: readonly string[]): string[] =>
  tidyList(list.flatMap((tag) => tag.split(',')));

/** A list of names or tags as stored: each tidied, the empty ones and repeats dropped, the first kept. */
export function tidyList(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of list.map(tidyName)) {
    const key = itemKey(item);
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
