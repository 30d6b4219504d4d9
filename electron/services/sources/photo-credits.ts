import type { Database } from 'better-sqlite3';
import type { PhotoCreditSource, Source } from '../../../shared/api/source';
import type { StoredDocument, StoredNode } from '../../../shared/editor/document';
import { PHOTO_TYPE } from '../../../shared/editor/PhotoNode';
import { parseStoredBody } from '../articles/rows';
import { fold, rowToSource, SOURCE_COLUMNS, type SourceRow } from './rows';

/**
 * The parts of a credit that can name an agency or outlet: `CREATOR/AGENCY[/VIA DISTRIBUTOR]`
 * (NEWSROOM.md) split at the slashes, "VIA" dropped, folded for comparison.
 */
export const creditParts = (credit: string): string[] =>
  credit
    .split('/')
    .map((part) => fold(part.trim().replace(/^via\s+/i, '')))
    .filter(Boolean);

/**
 * The names a source answers to in a credit: its name and the short form in brackets ("… (AFP)"),
 * and the same of each source merged into it. Stored with the source (`credit_names`), so the
 * articles crediting it are found by index.
 */
export function creditNamesOf(name: string, mergedNames: readonly string[] = []): string[] {
  const names: string[] = [];
  for (const each of [name, ...mergedNames]) {
    names.push(fold(each.trim()));
    const short = /\(([^()]+)\)\s*$/.exec(each);
    if (short) names.push(fold(short[1]!.trim()), fold(each.slice(0, short.index).trim()));
  }
  return [...new Set(names.filter(Boolean))];
}

/**
 * Agencies and outlets in the registry, each with the names a credit may use for it (as stored: the
 * whole source, with its usage count, is read only for the ones a credit names).
 */
function creditSources(db: Database): Array<{ id: string; names: string[] }> {
  const rows = db
    .prepare(`SELECT id, credit_names FROM sources WHERE kind IN ('agency', 'outlet') ORDER BY seq`)
    .all() as Array<{ id: string; credit_names: string }>;
  return rows.map((row) => ({ id: row.id, names: JSON.parse(row.credit_names) as string[] }));
}

/** The ids of the registry sources a credit names (an agency and a distributor may both be there). */
function matchCredit(credit: string, sources: ReturnType<typeof creditSources>): string[] {
  const parts = new Set(creditParts(credit));
  return sources.filter(({ names }) => names.some((name) => parts.has(name))).map(({ id }) => id);
}

function bodyPhotos(document: StoredDocument): Array<{ photoId: string; credit: string }> {
  const found: Array<{ photoId: string; credit: string }> = [];
  const stack: StoredNode[] = [document.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === PHOTO_TYPE && typeof node.photoId === 'string')
      found.push({ photoId: node.photoId, credit: typeof node.credit === 'string' ? node.credit : '' });
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return found;
}

/**
 * The credit each photo of an article is published with: a body block's own, else the library's;
 * the featured photo's is the library's. Photos without any are left out.
 */
export function shownCredits(db: Database, body: StoredDocument, featuredPhotoId: string | null): string[] {
  const photos = bodyPhotos(body);
  if (featuredPhotoId) photos.unshift({ photoId: featuredPhotoId, credit: '' });
  if (photos.length === 0) return [];
  const library = db.prepare('SELECT credit FROM photos WHERE id = ?').pluck();
  return photos
    .map((photo) => (photo.credit || ((library.get(photo.photoId) as string | undefined) ?? '')).trim())
    .filter(Boolean);
}

/**
 * Who the article's photos come from: each photo's credit (its own in the body, else the library's)
 * matched by name to agencies and outlets in the registry; a credit naming none is listed as it is.
 */
export function photoCreditSources(
  db: Database,
  body: StoredDocument,
  featuredPhotoId: string | null,
): PhotoCreditSource[] {
  const shown = shownCredits(db, body, featuredPhotoId);
  if (shown.length === 0) return [];
  const sources = creditSources(db);
  const read = db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = ?`);
  const known = new Map<string, Source>();
  const sourceById = (id: string): Source => {
    let found = known.get(id);
    if (!found) known.set(id, (found = rowToSource(read.get(id) as SourceRow)));
    return found;
  };
  const credits = new Map<string, PhotoCreditSource>();
  for (const credit of shown) {
    const matched = matchCredit(credit, sources).map(sourceById);
    const keys =
      matched.length > 0
        ? matched.map((source) => ({ key: source.id, credit: source.name, source }))
        : [{ key: fold(credit), credit, source: null }];
    for (const { key, credit: named, source } of keys) {
      const entry = credits.get(key) ?? { credit: named, photos: 0, source };
      entry.photos += 1;
      credits.set(key, entry);
    }
  }
  return [...credits.values()];
}

/**
 * Keeps the parts of every credit an article's photos show (`article_credits`), in the caller's
 * transaction: written with each save, and again when a library credit it shows changes
 * (refreshArticlesShowingPhoto).
 */
export function recordCredits(
  db: Database,
  row: { id: string; body: StoredDocument | string; featured_photo_id: string | null },
): void {
  let body: StoredDocument;
  try {
    body = typeof row.body === 'string' ? parseStoredBody({ id: row.id, body: row.body }) : row.body;
  } catch {
    // A body that cannot be read keeps the credits its last good save showed (so the agency they
    // name is not deleted from under it); opening it says what is wrong.
    return;
  }
  const parts = new Set(shownCredits(db, body, row.featured_photo_id).flatMap(creditParts));
  db.prepare('DELETE FROM article_credits WHERE article_id = ?').run(row.id);
  const insert = db.prepare('INSERT INTO article_credits (article_id, part) VALUES (?, ?)');
  for (const part of parts) insert.run(row.id, part);
}

/**
 * The articles whose photos credit a registry agency or outlet (as `photoCreditSources` matches
 * them: a block's own credit first), newest change first. None for other kinds of source.
 */
export function articlesCrediting(db: Database, source: Source): Array<{ id: string; headline: string }> {
  if (source.kind !== 'agency' && source.kind !== 'outlet') return [];
  return db
    .prepare(
      `SELECT a.id, a.headline FROM articles a
       WHERE a.id IN (SELECT c.article_id FROM article_credits c WHERE c.part IN
         (SELECT value FROM json_each((SELECT credit_names FROM sources WHERE id = ?))))
       ORDER BY a.updated_at DESC, a.seq DESC`,
    )
    .all(source.id) as Array<{ id: string; headline: string }>;
}
