import type { Migration } from './types';

/**
 * Two fixes, written into every stored article and photo by `rederive`. A phrase no longer runs from
 * one search variant into the next: "Rp12 dan 5km" stored rp 12 and 5 km side by side, so "12,5" (the
 * phrase 12 5) found it; the variants are written with a break between two (shared/text/joined.ts).
 * And an article is found by its editor's name, as by its writers': the editor joins them in
 * writers_text, its run-together forms in the variants. The index keeps its columns and their order,
 * so search.ts's column numbers still hold.
 */
export const variantBreaksEditorMigration: Migration = {
  version: 15,
  name: 'no phrase across two search variants; articles found by their editor',
  up() {},
  rederive: true,
};
