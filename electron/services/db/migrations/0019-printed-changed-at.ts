import type { Migration } from './types';

/**
 * When the words an export prints of a photo (caption, credit, alt text, creator, copyright) or of a
 * source (name, kind, role, organisation, address) last changed: `printed_changed_at`. A package's
 * modified time follows it, not `updated_at`, which also moves when a photo's city or date taken or a
 * source's notes are edited — no change a partner reading the package could see. What was stored
 * before says no more than `updated_at`, so it starts there: no package already written is dated anew.
 */
export const printedChangedAtMigration: Migration = {
  version: 19,
  name: 'when the words an export prints of a photo or source last changed',
  up(db) {
    db.exec(`
      ALTER TABLE photos ADD COLUMN printed_changed_at TEXT NOT NULL DEFAULT '';
      UPDATE photos SET printed_changed_at = updated_at;
      ALTER TABLE sources ADD COLUMN printed_changed_at TEXT NOT NULL DEFAULT '';
      UPDATE sources SET printed_changed_at = updated_at;
    `);
  },
};
