import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { Article } from '../../../shared/api/article';
import type { RenditionWidth } from '../../../shared/api/photo';
import { storedPhotoIds } from '../../../shared/editor/PhotoNode';
import type { ExportPhoto, ImageVariant } from '../../../shared/render/photo';
import { renditionPath, wholeRendition } from '../photos/media';
import { whileReading } from '../storage-failure';

/** A rendition file gone from the data folder, or there but not a whole image (emptied, cut short). */
export type RenditionTrouble = 'missing' | 'damaged';

/** The library photos an article shows, and a way to read the renditions already made for them. */
export interface ExportMedia {
  photos: ReadonlyMap<string, ExportPhoto>;
  /** The bytes of one rendition, or what is wrong with its file in the data folder. */
  read(photoId: string, variant: ImageVariant): Uint8Array | RenditionTrouble;
}

export const NO_MEDIA: ExportMedia = {
  photos: new Map(),
  read: () => {
    throw new Error('No photo library is open.');
  },
};

interface PhotoRow {
  id: string;
  sha256: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
  alt_text: string;
  creator: string;
  copyright: string;
  printed_changed_at: string;
}

/** Loads the featured photo and every photo block's library entry; renditions are reused, never remade. */
export function loadExportMedia(
  db: Database,
  dataDir: string,
  article: Article,
  logoPhotoId = '',
): ExportMedia {
  const wanted = [article.featuredPhotoId, ...storedPhotoIds(article.body), logoPhotoId];
  const ids = [...new Set(wanted.filter((id): id is string => !!id))];
  const select = db.prepare(
    'SELECT id, sha256, width, height, caption, credit, alt_text, creator, copyright, printed_changed_at FROM photos WHERE id = ?',
  );
  const rows = new Map<string, PhotoRow>();
  for (const id of ids) {
    const row = select.get(id) as PhotoRow | undefined;
    if (row) rows.set(id, row);
  }
  const photos = new Map<string, ExportPhoto>(
    [...rows.values()].map((row) => [
      row.id,
      {
        id: row.id,
        width: row.width,
        height: row.height,
        caption: row.caption,
        credit: row.credit,
        altText: row.alt_text,
        creator: row.creator,
        copyright: row.copyright,
        printedChangedAt: row.printed_changed_at,
      },
    ]),
  );
  return {
    photos,
    read(photoId, variant) {
      const row = rows.get(photoId);
      if (!row) throw new Error(`Photo ${photoId} is not in the library.`);
      const file = renditionPath(
        dataDir,
        row.sha256,
        variant.renditionWidth as RenditionWidth,
        variant.format,
      );
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        // Moved or deleted by hand (a restored backup without its media folder): preflight says so.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
        throw whileReading(error);
      }
      // Never copy a broken image into a package the desk will publish: preflight says so.
      return wholeRendition(bytes, variant.format) ? bytes : 'damaged';
    },
  };
}
