import { articlesMigration } from './0001-articles';
import type { Migration } from './types';

/** Every migration, in order. The last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [articlesMigration];
