import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
import { taggedSourceIds } from '../../../shared/sources/blocks';
import { parseStoredBody } from '../articles/rows';
import { sourceUsage } from './usage';

/**
 * The articles that use a source: what its Used in lists (tagged, added by hand, named by a photo
 * credit), and any body that still tags it without the source list saying so (merge looks for those
 * too). A body that cannot be read but names the source counts as a use.
 */
function articlesUsing(db: Database, id: string): Set<string> {
  const using = new Set(sourceUsage(db, id).articles.map((article) => article.id));
  const bodies = db.prepare('SELECT id, body FROM articles WHERE instr(body, ?) > 0').all(id) as Array<{
    id: string;
    body: string;
  }>;
  for (const row of bodies) {
    try {
      if (taggedSourceIds(parseStoredBody(row)).includes(id)) using.add(row.id);
    } catch {
      using.add(row.id);
    }
  }
  return using;
}

/**
 * Deletes a source no article uses (a mistyped one, made by Create source in the tag picker). One in
 * use is refused in plain words with how many articles use it: taking it out of them, or merging it
 * into the right source, keeps every published credit true.
 */
export function deleteSource(db: Database, id: string): { id: string } {
  const remove = db.transaction(() => {
    const n = articlesUsing(db, id).size;
    if (n > 0) throw new ApiError('SOURCE_IN_USE', say('source.inUse', { n }), { articles: n });
    db.prepare('DELETE FROM sources WHERE id = ?').run(id);
  });
  remove.immediate();
  return { id };
}
