import type { Database } from 'better-sqlite3';
import { countWords } from '../../../shared/text/words';
import { bylineText, variantsText } from '../articles/search-text';
import { stringList } from '../articles/rows';
import { photoVariants } from '../photos/store';
import { creditNamesOf, recordCredits } from '../sources/photo-credits';
import { searchText } from '../sources/rows';
import { createContentIndex, dropContentIndex } from './migrations/fts';

/**
 * Writes again, with this build's code, every stored value a save derives from the others: the
 * articles' tags and byline columns, word counts, search variants and photo-credit rows; the photos'
 * search variants; the sources' search words and credit names. Both full-text indexes are dropped
 * first and made again after, with the columns they had (one rebuild instead of a re-index per row).
 *
 * Run by openDatabase once, after the last pending migration, in the same transaction, when one of
 * them changed how a value is derived (`Migration.rederive`). A migration never calls these builders
 * itself: they read and write this build's schema, which an old migration does not know, and an old
 * library upgraded across several such migrations is read once, not once a migration.
 */
export function rederive(db: Database): void {
  const articleIndex = indexedColumns(db, 'articles');
  const photoIndex = indexedColumns(db, 'photos');
  dropContentIndex(db, 'articles');
  dropContentIndex(db, 'photos');
  rederiveArticles(db);
  rederivePhotos(db);
  rederiveSources(db);
  createContentIndex(db, 'articles', articleIndex);
  createContentIndex(db, 'photos', photoIndex);
}

/** The columns a table's full-text index holds, in their order (search.ts reads them by number). */
function indexedColumns(db: Database, table: string): string[] {
  const columns = db.prepare(`SELECT name FROM pragma_table_info('${table}_fts')`).pluck().all();
  return columns as string[];
}

interface ArticleRow {
  seq: number;
  id: string;
  body: string;
  featured_photo_id: string | null;
  headline: string;
  lead: string;
  body_text: string;
  captions_text: string;
  sources_text: string;
  tags: string;
  writers: string;
  editor: string;
}

function rederiveArticles(db: Database): void {
  const update = db.prepare(
    `UPDATE articles SET tags_text = ?, writers_text = ?, variants_text = ?, word_count = ? WHERE seq = ?`,
  );
  eachBatch<ArticleRow>(
    db,
    `SELECT seq, id, body, featured_photo_id, headline, lead, body_text, captions_text, sources_text,
       tags, writers, editor FROM articles`,
    (row) => {
      const tagsText = readableList(row.tags).join(' \n ');
      const writersText = bylineText(readableList(row.writers), row.editor);
      const variants = variantsText({ ...row, tags_text: tagsText, writers_text: writersText });
      update.run(tagsText, writersText, variants, countWords(row.body_text), row.seq);
      // Only an article showing a photo has credit parts (a damaged body keeps the ones it has).
      if (row.featured_photo_id !== null || row.body.includes('"photo"')) recordCredits(db, row);
    },
  );
}

/**
 * A stored list's names; none when it cannot be read (a damaged row must not stop the library from
 * opening: its list stays as it is, only the search loses names it could not read anyway).
 */
function readableList(json: string): string[] {
  try {
    return stringList(json);
  } catch {
    return [];
  }
}

function rederivePhotos(db: Database): void {
  const update = db.prepare('UPDATE photos SET variants_text = ? WHERE seq = ?');
  eachBatch<Parameters<typeof photoVariants>[0] & { seq: number }>(
    db,
    `SELECT seq, caption, credit, creator, alt_text AS altText, copyright, city,
       original_name AS originalName FROM photos`,
    (row) => update.run(photoVariants(row), row.seq),
  );
}

function rederiveSources(db: Database): void {
  const update = db.prepare('UPDATE sources SET search_text = ?, credit_names = ? WHERE seq = ?');
  eachBatch<{ seq: number; name: string; role: string; organisation: string; merged_names: string }>(
    db,
    'SELECT seq, name, role, organisation, merged_names FROM sources',
    (row) => {
      const merged = JSON.parse(row.merged_names) as string[];
      update.run(searchText(row, merged), JSON.stringify(creditNamesOf(row.name, merged)), row.seq);
    },
  );
}

/**
 * Calls `each` for every row of `select` (which has no WHERE or ORDER BY of its own), in batches by
 * seq: better-sqlite3 cannot write while a statement is still iterating, and a library's bodies are
 * not all read into memory at once.
 */
function eachBatch<Row extends { seq: number }>(
  db: Database,
  select: string,
  each: (row: Row) => void,
): void {
  const batch = db.prepare(`${select} WHERE seq > ? ORDER BY seq LIMIT 200`);
  for (let after = 0; ;) {
    const rows = batch.all(after) as Row[];
    if (rows.length === 0) return;
    rows.forEach(each);
    after = rows.at(-1)!.seq;
  }
}
