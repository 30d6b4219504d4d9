import type { Database } from 'better-sqlite3';
import { sameItem, tidyName } from '../../../shared/text/lists';

interface Spelling {
  rubric: string;
  uses: number;
  first: string;
}

/** Each stored spelling of a rubric with how many articles use it and when the first was created. */
function spellings(db: Database): Spelling[] {
  return db
    .prepare(
      `SELECT rubric, COUNT(*) AS uses, MIN(created_at) AS first FROM articles
       WHERE rubric <> '' GROUP BY rubric`,
    )
    .all() as Spelling[];
}

/**
 * Every rubric in use, once: spellings that differ only in case or spacing ("Ekonomi", "ekonomi" —
 * an article's own rubric re-typed is kept as typed) are one rubric, listed as most articles spell
 * it (the oldest spelling on a tie). Sorted without regard to case.
 */
export function listRubrics(db: Database): string[] {
  const chosen = new Map<string, Spelling>();
  for (const spelling of spellings(db)) {
    const key = tidyName(spelling.rubric).toLocaleLowerCase();
    const known = chosen.get(key);
    const better =
      !known || spelling.uses > known.uses || (spelling.uses === known.uses && spelling.first < known.first);
    if (better) chosen.set(key, spelling);
  }
  return [...chosen.values()]
    .map((spelling) => spelling.rubric)
    .sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'accent' }));
}

/** The stored spellings the rubric filter finds: all that differ from the chosen one in case or spacing only. */
export function spellingsOf(db: Database, rubric: string): string[] {
  const wanted = tidyName(rubric);
  return spellings(db)
    .map((spelling) => spelling.rubric)
    .filter((stored) => sameItem(tidyName(stored), wanted));
}
