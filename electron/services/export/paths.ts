import fs from 'node:fs';
import path from 'node:path';
import { RESERVED_NAMES } from '../../../shared/text/slug';

const MAX_NAME = 100;

/**
 * A file or folder name made only of lower-case ASCII letters, digits and single hyphens — no
 * dots, slashes, backslashes or reserved device names — so it can never leave its folder.
 */
export function safeName(wanted: string, fallback: string): string {
  const name = wanted
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME)
    .replace(/-+$/, '');
  return name && !RESERVED_NAMES.test(name) ? name : fallback;
}

/**
 * Joins a package-relative path onto its root, refusing anything that would land outside it. Tested
 * with path.relative, not a prefix: the root of a disk (`/`, `E:\`) already ends in its separator.
 * `paths` is the platform's path module (posix or win32; tests pass either).
 */
export function confine(root: string, relative: string, paths: path.PlatformPath = path): string {
  const resolvedRoot = paths.resolve(root);
  const target = paths.resolve(resolvedRoot, relative);
  const inside = paths.relative(resolvedRoot, target);
  const outside =
    inside === '' || inside === '..' || inside.startsWith(`..${paths.sep}`) || paths.isAbsolute(inside);
  if (paths.isAbsolute(relative) || outside) {
    throw new Error(`Refusing to write outside the export folder: ${relative}`);
  }
  return target;
}

/** Whether a folder holds an export package Redaksi wrote (a real directory with index.html and article.json). */
export function isPackageFolder(folder: string): boolean {
  try {
    if (!fs.statSync(folder).isDirectory()) return false;
    return ['index.html', 'article.json'].every((file) => fs.statSync(path.join(folder, file)).isFile());
  } catch {
    return false;
  }
}

/**
 * What stands where a package folder is to be written and must not be replaced: a file, or a folder
 * of someone's own that is neither empty nor a package. Null when the way is clear.
 */
export function packageTargetProblem(folder: string): 'file' | 'folder' | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return 'file';
  if (fs.readdirSync(folder).length === 0 || isPackageFolder(folder)) return null;
  return 'folder';
}

/**
 * What stands where the package's zip is to be written and must not be replaced: a folder, or a file
 * that is not an earlier zip of this package (one whose every entry lies under `<name>/`). Null when
 * the way is clear.
 */
export function zipTargetProblem(zipFile: string, name: string): 'file' | 'folder' | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(zipFile);
  } catch {
    return null;
  }
  if (stat.isDirectory()) return 'folder';
  const entries = zipEntryNames(zipFile, stat.size);
  const ours =
    entries !== null && entries.length > 0 && entries.every((entry) => entry.startsWith(`${name}/`));
  return ours ? null : 'file';
}

/**
 * The names of a zip's entries, read from its central directory alone (the end record, then the
 * directory: a few kilobytes, however big the file), or null when it is not a zip.
 */
function zipEntryNames(file: string, size: number): string[] | null {
  const descriptor = fs.openSync(file, 'r');
  try {
    const read = (length: number, position: number): Buffer => {
      const buffer = Buffer.alloc(length);
      fs.readSync(descriptor, buffer, 0, length, position);
      return buffer;
    };
    // The end record is 22 bytes, followed by a comment of up to 65,535.
    const tail = read(Math.min(size, 22 + 65_535), Math.max(0, size - 22 - 65_535));
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end === -1 || end + 22 > tail.length) return null;
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size) return null;
    const directory = read(directorySize, directoryOffset);
    const names: string[] = [];
    for (let at = 0, n = 0; n < count; n += 1) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) return null;
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    fs.closeSync(descriptor);
  }
}
