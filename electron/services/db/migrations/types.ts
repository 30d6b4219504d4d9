import type { Database } from 'better-sqlite3';

/** A numbered, forward-only schema change. Never edit one after it has shipped: add the next. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
