import type { Migration } from './types';

/**
 * The names of the sources merged into a source (`merged_names`, a JSON list, as they were typed).
 * An agency used only through photo credits ("AFP") lost those uses when merged into another entry
 * ("Agence France-Presse"): the credits still name the merged one. The source kept now answers to its
 * merged names in credits and in the registry's search. Nothing stored changes.
 */
export const mergedSourceNamesMigration: Migration = {
  version: 17,
  name: 'the names of the sources merged into a source',
  up(db) {
    db.exec(`ALTER TABLE sources ADD COLUMN merged_names TEXT NOT NULL DEFAULT '[]';`);
  },
};
