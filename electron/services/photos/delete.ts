import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { originalPath, renditionsRoot } from './media';
import { getPhotoDetail } from './store';

const SHA256 = /^[0-9a-f]{64}$/;
const EXTENSIONS: ReadonlySet<string> = new Set(['jpg', 'png', 'webp', 'gif']);

/**
 * Deletes a photo from the library: refused while an article shows it (in its body or as its featured
 * photo) or the publication uses it as its logo, so nothing published loses its image. The row goes
 * first, in its own transaction, then the original and its renditions: a crash in between leaves
 * unused files behind, never a photo without its files. Paths come from the stored SHA-256 only.
 */
export function deletePhoto(db: Database, dataDir: string, id: string, logoPhotoId: string): { id: string } {
  const photo = db
    .transaction(() => {
      const found = getPhotoDetail(db, id);
      if (found.usedIn.length > 0) {
        const names = found.usedIn.map((use) => `“${use.headline.trim() || 'untitled'}”`);
        const listed =
          names.length > 3
            ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
            : names.join(', ');
        throw new ApiError(
          'PHOTO_IN_USE',
          `This photo is used in ${found.usedIn.length === 1 ? 'an article' : `${found.usedIn.length} articles`} (${listed}). Take it out of ${found.usedIn.length === 1 ? 'that article' : 'them'} first; nothing was deleted.`,
          { usedIn: found.usedIn },
        );
      }
      if (logoPhotoId === id)
        throw new ApiError(
          'PHOTO_IN_USE',
          'This photo is the publication’s logo. Choose another logo in Settings first; nothing was deleted.',
        );
      const file = db.prepare('SELECT sha256, ext FROM photos WHERE id = ?').get(id) as {
        sha256: string;
        ext: string;
      };
      db.prepare('DELETE FROM photos WHERE id = ?').run(id);
      return file;
    })
    .immediate();
  if (SHA256.test(photo.sha256) && EXTENSIONS.has(photo.ext)) {
    fs.rmSync(originalPath(dataDir, photo.sha256, photo.ext), { force: true });
    fs.rmSync(path.join(renditionsRoot(dataDir), photo.sha256), { recursive: true, force: true });
  }
  return { id };
}
