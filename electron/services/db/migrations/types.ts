import type { Database } from 'better-sqlite3';

/**
 * A numbered, forward-only schema change. Never edit one after it has shipped: add the next.
 *
 * `up` changes the schema, and stored values with plain functions of the values alone; it never calls
 * the services' code, which reads and writes this build's schema, not the one of its version. A value
 * a save derives from others (search columns, word counts, credit rows) is not written by `up`: a
 * migration that changes how one is derived sets `rederive`, and openDatabase writes them all again
 * once, after the last pending migration, in the same transaction (db/rederive.ts).
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  rederive?: true;
}
