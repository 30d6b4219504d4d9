import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { say } from '../../../shared/api/wording';
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
        const titles = found.usedIn.map((use) => `“${use.headline.trim() || 'untitled'}”`);
        const n = titles.length;
        const said =
          n === 1
            ? say('photo.inUseOne', { titles: titles[0]! })
            : n <= 3
              ? say('photo.inUseMany', { n, titles: titles.join(', ') })
              : say('photo.inUseMore', { n, titles: titles.slice(0, 3).join(', '), more: n - 3 });
        throw new ApiError('PHOTO_IN_USE', said, { usedIn: found.usedIn });
      }
      if (logoPhotoId === id) throw new ApiError('PHOTO_IN_USE', say('photo.isLogo'));
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
