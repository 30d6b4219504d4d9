import Database from 'better-sqlite3';
import type { Migration } from '../../../electron/services/db/migrations/types';

/** Small migrations of a made-up schema, for tests of how openDatabase runs them. */
export const notesTable: Migration = {
  version: 1,
  name: 'notes',
  up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)'),
};
export const notesAuthor: Migration = {
  version: 2,
  name: 'note authors',
  up: (db) => db.exec("ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
};
export const failsHalfway: Migration = {
  version: 2,
  name: 'fails halfway',
  up: (db) => {
    db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
    db.exec("INSERT INTO notes (body) VALUES ('written by the failing migration')");
    throw new Error('disk gremlins');
  },
};

/** Reads a file with a plain connection, for checks that must not go through the code under test. */
export function inspect<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
