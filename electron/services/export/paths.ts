import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
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

/** Joins a package-relative path onto its root, refusing anything that would land outside it. */
export function confine(root: string, relative: string): string {
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, relative);
  if (path.isAbsolute(relative) || !target.startsWith(resolvedRoot + path.sep)) {
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
  const entries: string[] = [];
  try {
    // Only the entries' names are read (nothing is inflated).
    unzipSync(fs.readFileSync(zipFile), { filter: (entry) => (entries.push(entry.name), false) });
  } catch {
    return 'file';
  }
  const ours = entries.length > 0 && entries.every((entry) => entry.startsWith(`${name}/`));
  return ours ? null : 'file';
}
