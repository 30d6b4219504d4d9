import type { Database } from 'better-sqlite3';
import type { PhotoText, PhotoUse } from '../../../shared/api/photo';
import type { StoredDocument, StoredNode } from '../../../shared/editor/document';
import { PHOTO_TYPE } from '../../../shared/editor/PhotoNode';
import { storedNodesOfType } from '../../../shared/editor/walk';
import { getArticle, saveArticle, type ArticleDefaults } from '../articles/store';
import { parseStoredBody } from '../articles/rows';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
import { getPhotoDetail } from './store';

/** The words an article's photo block holds a copy of (the rest is the library's alone). */
const COPIED = ['caption', 'credit', 'altText'] as const;
type CopiedWords = Pick<PhotoText, (typeof COPIED)[number]>;

function* blocksShowing(body: StoredDocument, photoId: string): Generator<StoredNode> {
  for (const node of storedNodesOfType(body, PHOTO_TYPE)) if (node.photoId === photoId) yield node;
}

/**
 * The fields of a block whose words are not the desk's. An empty one shows the desk's already (the
 * export and search fall back to the library's), and an empty one on the desk has nothing to give.
 */
const ownFields = (block: StoredNode, desk: CopiedWords) =>
  COPIED.filter((field) => {
    const own = typeof block[field] === 'string' ? block[field] : '';
    return own !== '' && desk[field] !== '' && own !== desk[field];
  });

/** Whether a block of the body shows the photo with words other than the desk's. */
export function hasOwnWords(body: StoredDocument, photoId: string, desk: CopiedWords): boolean {
  for (const block of blocksShowing(body, photoId)) if (ownFields(block, desk).length > 0) return true;
  return false;
}

/** The articles using a photo, newest change first, each saying whether its text has its own words for it. */
export function photoUses(db: Database, photoId: string, desk: CopiedWords): PhotoUse[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.headline, a.body FROM article_photos u JOIN articles a ON a.id = u.article_id
       WHERE u.photo_id = ? ORDER BY a.updated_at DESC`,
    )
    .all(photoId) as Array<{ id: string; headline: string; body: string }>;
  return rows.map((row) => ({
    id: row.id,
    headline: row.headline,
    ownWords: hasOwnWords(parseStoredBody(row), photoId, desk),
  }));
}

/**
 * Gives every block showing the photo the desk's caption, credit and alt text where it has words of its
 * own (a correction made on the photo desk, carried into the articles that placed the photo before it). Each article changed is
 * saved as an editor's save would be — a new revision, so a window holding the old one is told — all in
 * one transaction. `desk` is what the desk shows: refused unless it is what is stored. Returns the
 * articles changed.
 */
export function copyWordsToArticles(
  db: Database,
  photoId: string,
  desk: CopiedWords,
  defaults: ArticleDefaults,
): PhotoUse[] {
  const copy = db.transaction((): PhotoUse[] => {
    const stored = getPhotoDetail(db, photoId);
    if (COPIED.some((field) => stored[field] !== desk[field]))
      throw new ApiError('CONFLICT', say('photo.wordsChanged'), { id: photoId });
    const changed: PhotoUse[] = [];
    for (const use of photoUses(db, photoId, desk)) {
      if (!use.ownWords) continue;
      const article = getArticle(db, use.id);
      const body = structuredClone(article.body) as StoredDocument;
      for (const block of blocksShowing(body, photoId))
        for (const field of ownFields(block, desk)) block[field] = desk[field];
      saveArticle(db, { ...article, body, revision: article.revision }, defaults);
      changed.push({ ...use, ownWords: false });
    }
    return changed;
  });
  return copy.immediate();
}
