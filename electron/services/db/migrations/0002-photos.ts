import type { Migration } from './types';

/**
 * The photo library: one row per original (content-addressed by its SHA-256), its searchable words,
 * which articles use which photo (kept in step with each save), and the article's featured photo.
 */
export const photosMigration: Migration = {
  version: 2,
  name: 'photo library, photo usage and featured photo',
  up(db) {
    db.exec(`
      CREATE TABLE photos (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        ext TEXT NOT NULL CHECK (ext IN ('jpg', 'png', 'webp', 'gif')),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        bytes INTEGER NOT NULL,
        original_name TEXT NOT NULL DEFAULT '',
        caption TEXT NOT NULL DEFAULT '',
        credit TEXT NOT NULL DEFAULT '',
        alt_text TEXT NOT NULL DEFAULT '',
        creator TEXT NOT NULL DEFAULT '',
        copyright TEXT NOT NULL DEFAULT '',
        date_taken TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX photos_imported ON photos (imported_at DESC);

      CREATE TABLE article_photos (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        photo_id TEXT NOT NULL REFERENCES photos (id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, photo_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_photos_photo ON article_photos (photo_id, article_id);

      ALTER TABLE articles ADD COLUMN featured_photo_id TEXT REFERENCES photos (id) ON DELETE SET NULL;

      CREATE VIRTUAL TABLE photos_fts USING fts5(
        caption, credit, creator, alt_text, copyright, city, original_name,
        content = 'photos', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
      CREATE TRIGGER photos_fts_insert AFTER INSERT ON photos BEGIN
        INSERT INTO photos_fts (rowid, caption, credit, creator, alt_text, copyright, city, original_name)
        VALUES (new.seq, new.caption, new.credit, new.creator, new.alt_text, new.copyright, new.city, new.original_name);
      END;
      CREATE TRIGGER photos_fts_delete AFTER DELETE ON photos BEGIN
        INSERT INTO photos_fts (photos_fts, rowid, caption, credit, creator, alt_text, copyright, city, original_name)
        VALUES ('delete', old.seq, old.caption, old.credit, old.creator, old.alt_text, old.copyright, old.city, old.original_name);
      END;
      CREATE TRIGGER photos_fts_update
      AFTER UPDATE OF caption, credit, creator, alt_text, copyright, city, original_name ON photos BEGIN
        INSERT INTO photos_fts (photos_fts, rowid, caption, credit, creator, alt_text, copyright, city, original_name)
        VALUES ('delete', old.seq, old.caption, old.credit, old.creator, old.alt_text, old.copyright, old.city, old.original_name);
        INSERT INTO photos_fts (rowid, caption, credit, creator, alt_text, copyright, city, original_name)
        VALUES (new.seq, new.caption, new.credit, new.creator, new.alt_text, new.copyright, new.city, new.original_name);
      END;
    `);
  },
};
