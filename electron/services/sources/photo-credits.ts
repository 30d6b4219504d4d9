import type { Database } from 'better-sqlite3';
import type { PhotoCreditSource, Source } from '../../../shared/api/source';
import type { StoredDocument, StoredNode } from '../../../shared/editor/document';
import { PHOTO_TYPE } from '../../../shared/editor/PhotoNode';
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
 * Who the article's photos come from: each photo's credit (its own in the body, else the library's)
 * matched by name to agencies and outlets in the registry; a credit naming none is listed as it is.
 */
export function photoCreditSources(
  db: Database,
  body: StoredDocument,
  featuredPhotoId: string | null,
): PhotoCreditSource[] {
  const photos = bodyPhotos(body);
  if (featuredPhotoId) photos.unshift({ photoId: featuredPhotoId, credit: '' });
  if (photos.length === 0) return [];
  const library = db.prepare('SELECT credit FROM photos WHERE id = ?').pluck();
  const sources = creditSources(db);
  const credits = new Map<string, PhotoCreditSource>();
  for (const photo of photos) {
    const credit = (photo.credit || ((library.get(photo.photoId) as string | undefined) ?? '')).trim();
    if (!credit) continue;
    const matched = matchCredit(credit, sources);
    const keys =
      matched.length > 0
        ? matched.map((source) => ({ key: source.id, credit: source.name, source }))
        : [{ key: fold(credit), credit, source: null }];
    for (const { key, credit: shown, source } of keys) {
      const entry = credits.get(key) ?? { credit: shown, photos: 0, source };
      entry.photos += 1;
      credits.set(key, entry);
    }
  }
  return [...credits.values()];
}
