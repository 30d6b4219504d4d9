import { joinedForms } from '../../../../shared/text/joined';
import { searchText } from '../../sources/rows';
import type { Migration } from './types';

const COLUMNS = 'caption, credit, creator, alt_text, copyright, city, original_name, variants_text';
const columnsOf = (row: string) =>
  COLUMNS.split(', ')
    .map((column) => `${row}.${column}`)
    .join(', ');

/**
 * What migration 7 did for articles, for the photo desk's and the source registry's searches:
 * "Jumat" finds a caption with "Jum'at", "maruf" finds "Ma'ruf Amin". The photo index gains a column
 * of run-together words (rebuilt for every photo); each source's search words are written again.
 */
export const joinedWordsPhotosSourcesMigration: Migration = {
  version: 8,
  name: 'photo and source search find words with and without their apostrophe or hyphen',
  up(db) {
    db.exec(`
      ALTER TABLE photos ADD COLUMN variants_text TEXT NOT NULL DEFAULT '';
      DROP TRIGGER photos_fts_insert;
      DROP TRIGGER photos_fts_delete;
      DROP TRIGGER photos_fts_update;
      DROP TABLE photos_fts;
    `);
    const photos = db.prepare(
      `SELECT seq, caption, credit, creator, alt_text, copyright, city, original_name FROM photos
       WHERE seq > ? ORDER BY seq LIMIT 500`,
    );
    const setVariants = db.prepare('UPDATE photos SET variants_text = ? WHERE seq = ?');
    for (let after = 0; ;) {
      const rows = photos.all(after) as Array<Record<string, string> & { seq: number }>;
      if (rows.length === 0) break;
      for (const { seq, ...texts } of rows) {
        const variants = joinedForms(Object.values(texts)).join(' ');
        if (variants) setVariants.run(variants, seq);
      }
      after = rows.at(-1)!.seq;
    }
    db.exec(`
      CREATE VIRTUAL TABLE photos_fts USING fts5(
        ${COLUMNS},
        content = 'photos', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
      INSERT INTO photos_fts (photos_fts) VALUES ('rebuild');
      CREATE TRIGGER photos_fts_insert AFTER INSERT ON photos BEGIN
        INSERT INTO photos_fts (rowid, ${COLUMNS}) VALUES (new.seq, ${columnsOf('new')});
      END;
      CREATE TRIGGER photos_fts_delete AFTER DELETE ON photos BEGIN
        INSERT INTO photos_fts (photos_fts, rowid, ${COLUMNS}) VALUES ('delete', old.seq, ${columnsOf('old')});
      END;
      CREATE TRIGGER photos_fts_update AFTER UPDATE OF ${COLUMNS} ON photos BEGIN
        INSERT INTO photos_fts (photos_fts, rowid, ${COLUMNS}) VALUES ('delete', old.seq, ${columnsOf('old')});
        INSERT INTO photos_fts (rowid, ${COLUMNS}) VALUES (new.seq, ${columnsOf('new')});
      END;
    `);
    const sources = db.prepare('SELECT id, name, role, organisation FROM sources').all() as Array<{
      id: string;
      name: string;
      role: string;
      organisation: string;
    }>;
    const setSearch = db.prepare('UPDATE sources SET search_text = ? WHERE id = ?');
    for (const source of sources) setSearch.run(searchText(source), source.id);
  },
};
