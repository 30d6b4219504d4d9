import { tidyList, tidyName } from '../../shared/text/lists';
import type { ClipboardEvent } from 'react';
import { fitted } from '../app/fieldRoom';
import { endFieldBurst } from '../app/textFieldUndo';

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

/** Line breaks in pasted text: a list copied from a spreadsheet column or an email, one item a line. */
const LINES = /\s*[\n\r\v\f\u0085\u2028\u2029]+\s*/;

/**
 * A paste of several lines into a comma-separated field (writers, tags): each line an item, joined
 * with commas where the paste lands, as typing them would (the browser made the lines one long name).
 */
export function pasteLinesAsItems(event: ClipboardEvent<HTMLInputElement>): void {
  const pasted = event.clipboardData.getData('text/plain');
  const lines = pasted.split(LINES).filter((line) => line.trim() !== '');
  if (lines.length < 2) return;
  event.preventDefault();
  // Typed in, so the field's owner and its notes hear of it as of typing; a step of its own in the
  // field's undo, as a paste is.
  endFieldBurst(event.currentTarget);
  document.execCommand('insertText', false, lines.join(', '));
  endFieldBurst(event.currentTarget);
}
