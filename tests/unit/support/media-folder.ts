import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export const SECRET = 'TOP-SECRET: not a photo';

export interface MediaFolder {
  dataDir: string;
  /** A real rendition: renditions/<sha>/480.webp. */
  sha: string;
  webp: Buffer;
  /** renditions/<linkedDir>/ is a symlink to a folder outside renditions. */
  linkedDir: string;
  /** renditions/<linkedFile>/480.webp is a symlink to a file outside renditions. */
  linkedFile: string;
  /** renditions-private/<sibling>/480.webp: a sibling folder that shares the prefix. */
  sibling: string;
}

const sha = (digit: string) => digit.repeat(64);

/** A data folder with one rendition and every way out of the renditions folder that R12 names. */
export async function makeMediaFolder(dataDir: string): Promise<MediaFolder> {
  const webp = await sharp({ create: { width: 480, height: 320, channels: 3, background: '#336699' } })
    .webp()
    .toBuffer();
  const renditions = path.join(dataDir, 'renditions');
  fs.mkdirSync(path.join(renditions, sha('a')), { recursive: true });
  fs.writeFileSync(path.join(renditions, sha('a'), '480.webp'), webp);
  fs.writeFileSync(path.join(dataDir, 'private.txt'), SECRET);

  const outside = path.join(dataDir, 'outside');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, '480.webp'), SECRET);
  fs.symlinkSync(outside, path.join(renditions, sha('b')));
  fs.mkdirSync(path.join(renditions, sha('c')));
  fs.symlinkSync(path.join(outside, '480.webp'), path.join(renditions, sha('c'), '480.webp'));
  fs.mkdirSync(path.join(dataDir, 'renditions-private', sha('d')), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'renditions-private', sha('d'), '480.webp'), SECRET);
  return { dataDir, sha: sha('a'), webp, linkedDir: sha('b'), linkedFile: sha('c'), sibling: sha('d') };
}

/** Media URL paths that must never be served (QUALITY.md R12). */
export function hostilePaths(folder: MediaFolder): string[] {
  return [
    `/media/${folder.sha}/..%2F..%2Fprivate.txt`,
    `/media/..%2F..%2Fprivate.txt`,
    `/media/%2E%2E/%2E%2E/private.txt`,
    `/media/${folder.sha}/%2e%2e%2f%2e%2e%2fprivate.txt`,
    `/media/${folder.sha}/480.webp%00.jpg`,
    `/media/%2F${folder.dataDir.replace(/\//g, '%2F')}%2Fprivate.txt`,
    `/media/${folder.dataDir}/private.txt`,
    `/media/..%2Frenditions-private%2F${folder.sibling}/480.webp`,
    `/media/../renditions-private/${folder.sibling}/480.webp`,
    `/media/${folder.linkedDir}/480.webp`,
    `/media/${folder.linkedFile}/480.webp`,
    `/media/${folder.sha}/481.webp`,
    `/media/${folder.sha}/480.png`,
    `/media/${folder.sha.toUpperCase()}/480.webp`,
    `/media/${folder.sha}/480.webp/`,
  ];
}
