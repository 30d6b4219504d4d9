import type { Database } from 'better-sqlite3';
import { sameItem, tidyName } from '../../../shared/text/lists';

interface Spelling {
  rubric: string;
  uses: number;
  first: string;
}

/** Every stored spelling of any rubric, read from the rubric index (no article is read). */
const storedSpellings = (db: Database): string[] =>
  db.prepare(`SELECT DISTINCT rubric FROM articles WHERE rubric <> ''`).pluck().all() as string[];

/** The stored spellings that differ from `rubric` in case or spacing only. */
export function spellingsOf(db: Database, rubric: string): string[] {
  const wanted = tidyName(rubric);
  return storedSpellings(db).filter((stored) => sameItem(tidyName(stored), wanted));
}

/** Each of these spellings with its uses (other articles' than `except`) and first creation. */
function counted(db: Database, spellings: string[], except: string | null = null): Spelling[] {
  if (spellings.length === 0) return [];
  return db
    .prepare(
      `SELECT rubric, COUNT(*) AS uses, MIN(created_at) AS first FROM articles
       WHERE rubric IN (SELECT value FROM json_each(?)) AND id IS NOT ? GROUP BY rubric`,
    )
    .all(JSON.stringify(spellings), except) as Spelling[];
}

/** Of two spellings of one rubric, the one shown: the most used, the oldest on a tie. */
const shownBefore = (spelling: Spelling, known: Spelling | undefined): boolean =>
  !known || spelling.uses > known.uses || (spelling.uses === known.uses && spelling.first < known.first);

/**
 * The rubric as the desk already spells it, for a rubric newly chosen on article `id`: one that other
 * articles use in any case or spacing is filed under the spelling the list and the filter show (the
 * most used), so picking it from the list, or typing it in other capitals, never gives another.
 */
export function deskSpelling(db: Database, typed: string, id: string): string {
  let shown: Spelling | undefined;
  for (const spelling of counted(db, spellingsOf(db, typed), id))
    if (shownBefore(spelling, shown)) shown = spelling;
  return shown?.rubric ?? typed;
}

/**
 * Every rubric in use, once: spellings that differ only in case or spacing ("Ekonomi", "ekonomi" —
 * an article's own rubric re-typed is kept as typed) are one rubric, listed as most articles spell
 * it (the oldest spelling on a tie). Sorted without regard to case.
 */
export function listRubrics(db: Database): string[] {
  const chosen = new Map<string, Spelling>();
  for (const spelling of counted(db, storedSpellings(db))) {
    const key = tidyName(spelling.rubric).toLocaleLowerCase();
    if (shownBefore(spelling, chosen.get(key))) chosen.set(key, spelling);
  }
  return [...chosen.values()]
    .map((spelling) => spelling.rubric)
    .sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'accent' }));
}
