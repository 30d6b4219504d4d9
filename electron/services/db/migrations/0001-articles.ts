import type { Migration } from './types';

export const articlesMigration: Migration = {
  version: 1,
  name: 'articles with full-text search',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        rubric TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL DEFAULT '',
        lead TEXT NOT NULL DEFAULT '',
        writers TEXT NOT NULL DEFAULT '[]',
        editor TEXT NOT NULL DEFAULT '',
        dateline_prefix TEXT NOT NULL DEFAULT '',
        dateline_place TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        slug TEXT NOT NULL UNIQUE,
        slug_manual INTEGER NOT NULL DEFAULT 0 CHECK (slug_manual IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'published')),
        body TEXT NOT NULL,
        body_text TEXT NOT NULL DEFAULT '',
        tags_text TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX articles_updated ON articles (updated_at DESC);
      CREATE INDEX articles_status_updated ON articles (status, updated_at DESC);
      CREATE INDEX articles_rubric ON articles (rubric);

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, lead, body_text, tags_text,
        content = 'articles', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, headline, lead, body_text, tags_text)
        VALUES (new.seq, new.headline, new.lead, new.body_text, new.tags_text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, lead, body_text, tags_text)
        VALUES ('delete', old.seq, old.headline, old.lead, old.body_text, old.tags_text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, lead, body_text, tags_text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, lead, body_text, tags_text)
        VALUES ('delete', old.seq, old.headline, old.lead, old.body_text, old.tags_text);
        INSERT INTO articles_fts (rowid, headline, lead, body_text, tags_text)
        VALUES (new.seq, new.headline, new.lead, new.body_text, new.tags_text);
      END;
    `);
  },
};
