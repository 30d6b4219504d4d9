import { articlesMigration } from './0001-articles';
import { photosMigration } from './0002-photos';
import { sourcesMigration } from './0003-sources';
import { searchCaptionsSourcesMigration } from './0004-search-captions-sources';
import { publishedAtMigration } from './0005-published-at';
import { reservedSlugsMigration } from './0006-reserved-slugs';
import { joinedWordsMigration } from './0007-joined-words';
import { joinedWordsPhotosSourcesMigration } from './0008-joined-words-photos-sources';
import { tidyTagsWritersMigration } from './0009-tidy-tags-writers';
import { articleCreditsMigration } from './0010-article-credits';
import { splitNumberWordsMigration } from './0011-split-number-words';
import { invisibleWordBreaksMigration } from './0012-invisible-word-breaks';
import { numberGroupsMigration } from './0013-number-groups';
import { searchWritersMigration } from './0014-search-writers';
import { variantBreaksEditorMigration } from './0015-variant-breaks-editor';
import { wordCountDatesMigration } from './0016-word-count-dates';
import { mergedSourceNamesMigration } from './0017-merged-source-names';
import { foldedSpellingsMigration } from './0018-folded-spellings';
import { printedChangedAtMigration } from './0019-printed-changed-at';
import type { Migration } from './types';

/** Every migration, in order. The last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [
  articlesMigration,
  photosMigration,
  sourcesMigration,
  searchCaptionsSourcesMigration,
  publishedAtMigration,
  reservedSlugsMigration,
  joinedWordsMigration,
  joinedWordsPhotosSourcesMigration,
  tidyTagsWritersMigration,
  articleCreditsMigration,
  splitNumberWordsMigration,
  invisibleWordBreaksMigration,
  numberGroupsMigration,
  searchWritersMigration,
  variantBreaksEditorMigration,
  wordCountDatesMigration,
  mergedSourceNamesMigration,
  foldedSpellingsMigration,
  printedChangedAtMigration,
];
