import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../../electron/services/db/open';
import { MIGRATIONS } from '../../../../../../electron/services/db/migrations';
import { wordCountDatesMigration } from '../../../../../../electron/services/db/migrations/0016-word-count-dates';
import { tempFolder } from '../../../../support/temp-folder';

let db: Database.Database | null = null;
afterEach(() => db?.close());

describe('migration 0016: dates, ratios and H+1 counted as one word', () => {
  it('writes the word count of every stored article again, as the status line now counts it', async () => {
    expect(MIGRATIONS[15]).toBe(wordCountDatesMigration);
    const file = path.join(tempFolder(), 'redaksi.db');
    ({ db } = await openDatabase(file, { migrations: MIGRATIONS.slice(0, 15) }));
    // As the saves before this build counted it: 17/8/2024 three words, H+1 two, 24/7 two.
    db.prepare(
      `INSERT INTO articles (id, headline, slug, body, body_text, word_count, created_at, updated_at)
       VALUES ('a1', 'Upacara', 'upacara', '{"root":{"type":"root","children":[]}}',
         'Upacara 17/8/2024 pukul 10.00 WIB, H+1 Lebaran, 24/7.', 12, 'now', 'now')`,
    ).run();
    db.close();

    ({ db } = await openDatabase(file, { migrations: MIGRATIONS }));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare("SELECT word_count FROM articles WHERE id = 'a1'").pluck().get()).toBe(8);
  });
});
