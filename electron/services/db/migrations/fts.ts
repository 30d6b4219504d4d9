import type { Database } from 'better-sqlite3';

/**
 * Creates the full-text index of `table` (external content, rowid `seq`) over `columns`, fills it from
 * the table, and the triggers that keep it in step. The index, its triggers and its tokenizer are the
 * ones every version since migration 1 has used; a migration that changes the indexed columns drops
 * the old index and calls this; so does rederive.ts, which writes every stored variant again. Not to be
 * changed: migrations 7, 8 and 14 are made of it.
 */
export function createContentIndex(db: Database, table: string, columns: readonly string[]): void {
  const fts = `${table}_fts`;
  const list = columns.join(', ');
  const of = (row: string) => columns.map((column) => `${row}.${column}`).join(', ');
  db.exec(`
    CREATE VIRTUAL TABLE ${fts} USING fts5(
      ${list},
      content = '${table}', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    );
    INSERT INTO ${fts} (${fts}) VALUES ('rebuild');
    CREATE TRIGGER ${fts}_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO ${fts} (rowid, ${list}) VALUES (new.seq, ${of('new')});
    END;
    CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN
      INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.seq, ${of('old')});
    END;
    CREATE TRIGGER ${fts}_update AFTER UPDATE OF ${list} ON ${table} BEGIN
      INSERT INTO ${fts} (${fts}, rowid, ${list}) VALUES ('delete', old.seq, ${of('old')});
      INSERT INTO ${fts} (rowid, ${list}) VALUES (new.seq, ${of('new')});
    END;
  `);
}

/** Drops a table's full-text index and its three triggers, before it is made again with other columns. */
export function dropContentIndex(db: Database, table: string): void {
  const fts = `${table}_fts`;
  db.exec(`
    DROP TRIGGER ${fts}_insert;
    DROP TRIGGER ${fts}_delete;
    DROP TRIGGER ${fts}_update;
    DROP TABLE ${fts};
  `);
}
