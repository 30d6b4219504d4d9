import fs from 'node:fs';
import path from 'node:path';
import type { ImportJob, PhotoText } from '../../../shared/api/photo';
import { addImportedPhoto } from '../../../electron/services/photos/store';
import type { TestServices } from './services';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
/** The shared fixtures beside the repository, read in place (never copied in). */
export const FIXTURES = path.resolve(repoRoot, '../shared/fixtures');
export const photoFixture = (name: string): string => path.join(FIXTURES, 'photos', name);
export const badImage = (name: string): string => path.join(FIXTURES, 'bad-images', name);
export const GOOD_PHOTOS = ['kosmodrom.jpg', 'portrait.jpg', 'vladivostok.jpg', 'harbour.png'];
export const BAD_IMAGES = fs.readdirSync(path.join(FIXTURES, 'bad-images')).sort();

/** Imports files through the contract as the renderer does (declare, send bytes, poll) and returns the settled job. */
export async function importFiles(s: TestServices, files: string[]): Promise<ImportJob> {
  const job = await s.ok('photos.importBegin', {
    files: files.map((file) => ({ name: path.basename(file), size: fs.statSync(file).size })),
  });
  for (const [index, file] of files.entries()) {
    if (job.files[index]!.state !== 'waiting') continue;
    await s.ok('photos.importFile', {
      jobId: job.id,
      index,
      data: fs.readFileSync(file).toString('base64'),
    });
  }
  return settle(s, job.id);
}

export async function settle(s: TestServices, jobId: string): Promise<ImportJob> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await s.ok('photos.importStatus', { jobId });
    if (status.done === status.total) return status;
    if (Date.now() > deadline) throw new Error(`import did not settle: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every file under a folder, relative to it (empty when the folder does not exist). */
export function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((name) => fs.statSync(path.join(folder, name)).isFile())
    .sort();
}

const NO_TEXT: PhotoText = {
  caption: '',
  credit: '',
  altText: '',
  creator: '',
  copyright: '',
  dateTaken: '',
  city: '',
};
let libraryRows = 0;

/** A library row as the importer adds it, without image files (enough to list, edit and read credits). */
export function addLibraryPhoto(s: TestServices, words: Partial<PhotoText>, when = new Date()): string {
  libraryRows += 1;
  const sha256 = libraryRows.toString(16).padStart(64, '0');
  return addImportedPhoto(
    s.services.db,
    { sha256, ext: 'jpg', width: 1200, height: 800, bytes: 1000, text: { ...NO_TEXT, ...words } },
    `photo-${libraryRows}.jpg`,
    () => when,
  ).photoId;
}
