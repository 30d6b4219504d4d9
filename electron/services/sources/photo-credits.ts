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

/** The names a source answers to in a credit: its name and the short form in brackets ("… (AFP)"). */
function creditNames(source: Source): string[] {
  const names = [fold(source.name.trim())];
  const short = /\(([^()]+)\)\s*$/.exec(source.name);
  if (short) names.push(fold(short[1]!.trim()), fold(source.name.slice(0, short.index).trim()));
  return names.filter(Boolean);
}

/** Agencies and outlets in the registry, each with the names a credit may use for it. */
export function creditSources(db: Database): Array<{ source: Source; names: string[] }> {
  const rows = db
    .prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.kind IN ('agency', 'outlet') ORDER BY s.seq`)
    .all() as SourceRow[];
  return rows.map(rowToSource).map((source) => ({ source, names: creditNames(source) }));
}

/** The registry sources a credit names (an agency and a distributor may both be there). */
export function matchCredit(credit: string, sources: ReturnType<typeof creditSources>): Source[] {
  const parts = new Set(creditParts(credit));
  return sources.filter(({ names }) => names.some((name) => parts.has(name))).map(({ source }) => source);
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
  const credits = new Map<string, PhotoCreditSource>();
  for (const credit of shown) {
    const matched = matchCredit(credit, sources);
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
 * The articles whose photos credit a registry agency or outlet (as `photoCreditSources` matches
 * them: a block's own credit first), newest change first. None for other kinds of source.
 */
export function articlesCrediting(db: Database, source: Source): Array<{ id: string; headline: string }> {
  if (source.kind !== 'agency' && source.kind !== 'outlet') return [];
  const registry = creditSources(db).filter((entry) => entry.source.id === source.id);
  const rows = db
    .prepare(
      `SELECT a.id, a.headline, a.body, a.featured_photo_id FROM articles a
       WHERE EXISTS (SELECT 1 FROM article_photos ap WHERE ap.article_id = a.id)
       ORDER BY a.updated_at DESC, a.seq DESC`,
    )
    .all() as Array<{ id: string; headline: string; body: string; featured_photo_id: string | null }>;
  // An article whose stored body cannot be read is left out here; opening it says what is wrong.
  const credits = (row: (typeof rows)[number]) => {
    try {
      return shownCredits(db, parseStoredBody(row), row.featured_photo_id);
    } catch {
      return [];
    }
  };
  return rows
    .filter((row) => credits(row).some((credit) => matchCredit(credit, registry).length > 0))
    .map(({ id, headline }) => ({ id, headline }));
}
