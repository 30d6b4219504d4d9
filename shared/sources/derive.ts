import type { SourceRole } from '../api/source';
import type { UiLanguage } from '../api/settings';
import type { StoredDocument } from '../editor/document';
import { storedBlocks } from './blocks';
import { blockQuotes } from './quotes';
import { balancedBidi } from '../render/html';

/** A source tagged in the body: quoted when its tag sits in a block with a direct quote, else cited. */
export interface TaggedUse {
  sourceId: string;
  role: Extract<SourceRole, 'quoted' | 'cited'>;
  /** How many spans carry its tag. */
  tags: number;
}

export interface HandAdded {
  sourceId: string;
  role: SourceRole;
}

/** One line of an article's source list. */
export interface ListedSource {
  sourceId: string;
  role: SourceRole;
  byHand: boolean;
  tags: number;
}

/** The sources tagged in a body, in order of first appearance, with their derived role. */
export function taggedUses(document: StoredDocument): TaggedUse[] {
  const uses = new Map<string, TaggedUse>();
  for (const block of storedBlocks(document)) {
    if (block.marks.length === 0) continue;
    const quoted = blockQuotes(block).length > 0;
    for (const mark of block.marks) {
      if (!mark.sourceId) continue;
      const use = uses.get(mark.sourceId) ?? { sourceId: mark.sourceId, role: 'cited', tags: 0 };
      use.tags += 1;
      if (quoted) use.role = 'quoted';
      uses.set(mark.sourceId, use);
    }
  }
  return [...uses.values()];
}

/**
 * The article's source list: what the body's tags say, then what the desk added by hand (the outlet
 * a story is syndicated from, a document read for background). A hand entry repeating a tag's role
 * adds nothing and is left out.
 */
export function articleSourceList(
  tagged: readonly TaggedUse[],
  byHand: readonly HandAdded[],
): ListedSource[] {
  const list: ListedSource[] = tagged.map((use) => ({ ...use, byHand: false }));
  const seen = new Set(list.map((entry) => `${entry.sourceId}:${entry.role}`));
  for (const entry of byHand) {
    if (seen.has(`${entry.sourceId}:${entry.role}`)) continue;
    seen.add(`${entry.sourceId}:${entry.role}`);
    list.push({ sourceId: entry.sourceId, role: entry.role, byHand: true, tags: 0 });
  }
  return list;
}

/** Own reporting, unless a source is listed as the one the story is syndicated from. */
export const articleOrigin = (list: readonly Pick<ListedSource, 'role'>[]): 'own' | 'syndicated' =>
  list.some((entry) => entry.role === 'syndicated') ? 'syndicated' : 'own';

const QUOTED_FROM: Record<UiLanguage, { lead: string; and: string }> = {
  id: { lead: 'Dikutip dari', and: 'dan' },
  en: { lead: 'Quoted from', and: 'and' },
};

/** "Dikutip dari A, B dan C" / "Quoted from A, B and C"; empty when there is nothing to name. */
export function quotedFromLine(language: UiLanguage, names: readonly string[]): string {
  // Each name's own right-to-left override or isolate closes with it: never turning round the
  // ", " or "dan" and the names after it.
  const unique = [...new Set(names.map((name) => balancedBidi(name.trim())).filter(Boolean))];
  if (unique.length === 0) return '';
  const words = QUOTED_FROM[language];
  const listed =
    unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} ${words.and} ${unique.at(-1)!}`;
  return `${words.lead} ${listed}`;
}
