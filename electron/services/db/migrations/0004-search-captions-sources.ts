import type { Migration } from './types';

const COLUMNS = 'headline, lead, body_text, tags_text, captions_text, sources_text';
const columnsOf = (row: string) =>
  COLUMNS.split(', ')
    .map((column) => `${row}.${column}`)
    .join(', ');

type Node = { type?: unknown; caption?: unknown; photoId?: unknown; children?: unknown };

/**
 * The captions an article shows, as saves write them (captionsText) when this migration was made —
 * a frozen copy, so later changes to the service cannot change this upgrade: the featured photo's
 * library caption, then each photo block's own caption or the library's. A damaged body counts as one
 * without blocks; nothing here can stop the upgrade.
 */
function captionsOf(libraryCaption: (id: unknown) => string, body: string, featured: string | null): string {
  const captions: string[] = [];
  if (featured) captions.push(libraryCaption(featured));
  try {
    const stack: unknown[] = [(JSON.parse(body) as { root?: unknown }).root];
    while (stack.length > 0) {
      const node = stack.pop() as Node | null;
      if (typeof node !== 'object' || node === null) continue;
      if (node.type === 'photo') {
        const own = typeof node.caption === 'string' ? node.caption.trim() : '';
        captions.push(own || libraryCaption(node.photoId));
      }
      if (Array.isArray(node.children))
        for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
    }
  } catch {
    // Not JSON: no blocks.
  }
  return captions.filter(Boolean).join('\n');
}

/**
 * The article search also finds the captions an article shows (its photos' and its featured photo's)
 * and the names of its sources (ARCHITECTURE.md): two indexed columns, filled for every existing
 * article, and the full-text index rebuilt with them.
 */
export const searchCaptionsSourcesMigration: Migration = {
  version: 4,
  name: 'article search over photo captions and source names',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN captions_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN sources_text TEXT NOT NULL DEFAULT '';
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts;
    `);
    // In batches: better-sqlite3 cannot write while a statement is still iterating.
    const batch = db.prepare(
      `SELECT seq, body, featured_photo_id FROM articles
       WHERE seq > ? AND (body LIKE '%"photo"%' OR featured_photo_id IS NOT NULL) ORDER BY seq LIMIT 200`,
    );
    const setCaptions = db.prepare('UPDATE articles SET captions_text = ? WHERE seq = ?');
    const library = db.prepare('SELECT caption FROM photos WHERE id = ?').pluck();
    const libraryCaption = (id: unknown) =>
      typeof id === 'string' ? ((library.get(id) as string | undefined) ?? '').trim() : '';
    for (let after = 0; ;) {
      const rows = batch.all(after) as Array<{ seq: number; body: string; featured_photo_id: string | null }>;
      if (rows.length === 0) break;
      for (const row of rows)
        setCaptions.run(captionsOf(libraryCaption, row.body, row.featured_photo_id), row.seq);
      after = rows.at(-1)!.seq;
    }
    db.exec(`
      UPDATE articles SET sources_text = coalesce((
        SELECT group_concat(name, ' \n ') FROM (
          SELECT DISTINCT s.name AS name FROM article_sources u JOIN sources s ON s.id = u.source_id
          WHERE u.article_id = articles.id ORDER BY s.name COLLATE NOCASE)), '');
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        ${COLUMNS},
        content = 'articles', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, ${COLUMNS}) VALUES (new.seq, ${columnsOf('new')});
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, ${COLUMNS}) VALUES ('delete', old.seq, ${columnsOf('old')});
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF ${COLUMNS} ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, ${COLUMNS}) VALUES ('delete', old.seq, ${columnsOf('old')});
        INSERT INTO articles_fts (rowid, ${COLUMNS}) VALUES (new.seq, ${columnsOf('new')});
      END;
    `);
  },
};
