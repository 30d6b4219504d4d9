import type { Migration } from './types';

/**
 * The source registry (people, organisations, outlets, agencies, documents, social posts), which
 * articles use which source and how (kept in step with each save for tags; by hand otherwise), and
 * each article's own "Dikutip dari …" line when the editor rewrote the generated one.
 */
export const sourcesMigration: Migration = {
  version: 3,
  name: 'source registry and article sources',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'outlet', 'agency', 'document', 'social')),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 300),
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX sources_name ON sources (name COLLATE NOCASE);

      CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        added_by_hand INTEGER NOT NULL CHECK (added_by_hand IN (0, 1)),
        role TEXT NOT NULL CHECK (role IN ('quoted', 'cited', 'photo', 'syndicated')),
        tags INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, source_id, added_by_hand)
      ) WITHOUT ROWID;
      CREATE INDEX article_sources_source ON article_sources (source_id, article_id);

      CREATE TABLE article_attribution (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        quoted_from TEXT NOT NULL DEFAULT ''
      ) WITHOUT ROWID;
    `);
  },
};
