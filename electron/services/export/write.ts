import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { confine } from './paths';
import type { PackageFile } from './plan';

const PARTIAL = '.partial-';
const PREVIOUS = '.previous-';
/** A zip written whole, waiting for its package folder to go into place first. */
const READY = '.ready-';

/**
 * Puts back what an interrupted export left: a previous package moved aside is restored if the new
 * one never arrived, and half-written temporary folders and zips are removed. A finished zip waiting
 * for its folder (`.ready-`) follows the folder: put in place if the new folder made it, else removed,
 * so the folder and the zip are always the same package. Runs before every export.
 */
export function recoverInterruptedExport(target: string, name: string): void {
  if (!fs.existsSync(target)) return;
  const final = path.join(target, name);
  const entries = fs.readdirSync(target);
  const unfinished = new Set(
    entries.filter((entry) => entry.startsWith(`.${name}${PARTIAL}`)).map((entry) => tokenOf(entry)),
  );
  for (const entry of entries) {
    const full = path.join(target, entry);
    if (entry.startsWith(`.${name}${PREVIOUS}`)) {
      if (!fs.existsSync(final)) fs.renameSync(full, final);
      else fs.rmSync(full, { recursive: true, force: true });
    } else if (entry.startsWith(`.${name}${PARTIAL}`) || entry.startsWith(`.${name}.zip${PARTIAL}`)) {
      // A half-written package folder or zip.
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
  for (const entry of entries) {
    if (!entry.startsWith(`.${name}.zip${READY}`)) continue;
    const full = path.join(target, entry);
    // The folder of the same export went into place (its partial is gone): so does its zip.
    if (!unfinished.has(tokenOf(entry)) && fs.existsSync(final)) fs.renameSync(full, `${final}.zip`);
    else fs.rmSync(full, { force: true });
  }
}

/** The random token that ends a temporary name (`.name.partial-<token>`). */
const tokenOf = (entry: string): string => entry.slice(entry.lastIndexOf('-') + 1);

function writeTree(root: string, files: PackageFile[]): void {
  for (const file of files) {
    const destination = confine(root, file.path);
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    writeWhole(destination, file.content);
  }
}

/**
 * Whether something is at the path. A link that leads nowhere (a loop of links, a target gone) is
 * not "missing": making a folder there would fail as "a file stands there", so stat's own error
 * (ELOOP, ENOENT) is thrown instead, and the export says why in its words.
 */
function folderOrLinkExists(place: string): boolean {
  if (fs.existsSync(place)) return true;
  if (!fs.lstatSync(place, { throwIfNoEntry: false })?.isSymbolicLink()) return false;
  fs.statSync(place);
  return true;
}

/**
 * Makes a folder and the folders above it that are missing, one at a time from the nearest that
 * exists. Node 20's `mkdirSync(…, { recursive: true })` never returns for some paths (under /proc),
 * which froze every request; made one by one, such a path fails at once with its reason.
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(folder); !folderOrLinkExists(current); current = path.dirname(current)) {
    missing.push(current);
    if (path.dirname(current) === current) break;
  }
  for (const each of missing.reverse()) fs.mkdirSync(each);
}

// What an export writes at a package's top level and in images/: an earlier export's leftovers of
// these (a page the article no longer has, a photo it dropped) go; anything else was put there by hand.
const GENERATED_TOP = /^(?:index\.html|all\.html|page-\d+\.html|style\.css|article\.json|images)$/;
// A photo's files are named by its id (a UUID) and width: a publisher's "2023-09-13.jpg" or
// "cafe-1.webp" is no such name, and is kept.
const GENERATED_IMAGE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-\d+\.(?:webp|jpg)$/;

/**
 * Carries over into the new package what the publisher added to the old one (an .htaccess, a
 * README, a folder of their own): a re-export replaces the package, not their files.
 */
function keepAddedFiles(previous: string, next: string): void {
  for (const entry of fs.readdirSync(previous, { withFileTypes: true })) {
    if (entry.name === 'images' && entry.isDirectory()) {
      for (const image of fs.readdirSync(path.join(previous, 'images'))) {
        const into = path.join(next, 'images', image);
        if (GENERATED_IMAGE.test(image) || fs.existsSync(into)) continue;
        makeFolder(path.join(next, 'images'));
        fs.cpSync(path.join(previous, 'images', image), into, { recursive: true, verbatimSymlinks: true });
      }
      continue;
    }
    if (GENERATED_TOP.test(entry.name)) continue;
    const into = path.join(next, entry.name);
    if (!fs.existsSync(into))
      fs.cpSync(path.join(previous, entry.name), into, { recursive: true, verbatimSymlinks: true });
  }
}

/** The zip of a package could not be written: nothing was changed (runExport says so in its words). */
export class ZipWriteError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/** Writes a file whole and flushes it to the disk; it must not exist yet. */
function writeWhole(file: string, content: string | Uint8Array): void {
  const descriptor = fs.openSync(file, 'wx');
  try {
    fs.writeFileSync(descriptor, content);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * Writes the package into a temporary folder beside the target (and its zip, on request, as a
 * temporary file), then renames them into place: a failed or killed export leaves the previous
 * package and zip intact and no partial one under their names, and the folder and the zip are always
 * the same package (the zip is complete before the folder moves; recoverInterruptedExport finishes a
 * swap the kill cut short). Files the publisher added to the previous package are kept (keepAddedFiles).
 */
export function writePackage(
  target: string,
  name: string,
  files: PackageFile[],
  zipModified: Date | null = null,
): { folder: string; zipFile: string | null } {
  makeFolder(target);
  recoverInterruptedExport(target, name);
  const final = confine(target, name);
  const token = randomBytes(6).toString('hex');
  const partial = confine(target, `.${name}${PARTIAL}${token}`);
  const ready = confine(target, `.${name}.zip${READY}${token}`);
  const zipFile = zipModified ? confine(target, `${name}.zip`) : null;
  fs.mkdirSync(partial);
  try {
    writeTree(partial, files);
    if (zipModified) writeReadyZip(target, name, token, packageZip(name, files, zipModified));
    const previous = confine(target, `.${name}${PREVIOUS}${token}`);
    const hadPrevious = fs.existsSync(final);
    if (hadPrevious) keepAddedFiles(final, partial);
    if (hadPrevious) fs.renameSync(final, previous);
    fs.renameSync(partial, final);
    if (zipFile) fs.renameSync(ready, zipFile);
    if (hadPrevious) fs.rmSync(previous, { recursive: true, force: true });
    return { folder: final, zipFile };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    recoverInterruptedExport(target, name);
    throw error;
  }
}

/** The package folder alone (see writePackage). */
export function writePackageFolder(target: string, name: string, files: PackageFile[]): string {
  return writePackage(target, name, files).folder;
}

/** The zip, written whole under a temporary name and then marked ready for its folder. */
function writeReadyZip(target: string, name: string, token: string, zip: Uint8Array): void {
  const partial = confine(target, `.${name}.zip${PARTIAL}${token}`);
  try {
    writeWhole(partial, zip);
    fs.renameSync(partial, confine(target, `.${name}.zip${READY}${token}`));
  } catch (error) {
    // No half-written zip is left beside the previous one (a full disk, say).
    fs.rmSync(partial, { force: true });
    throw new ZipWriteError(error);
  }
}

/** A zip's MS-DOS date and time fields for a moment, read in UTC (two 16-bit words). */
function dosDateTime(moment: Date): { date: number; time: number } {
  const year = Math.min(Math.max(moment.getUTCFullYear(), 1980), 2107) - 1980;
  return {
    date: (year << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate(),
    time: (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | (moment.getUTCSeconds() >> 1),
  };
}

/**
 * Sets every entry's date and time (local headers and central directory) to the moment in UTC. fflate
 * writes them in the machine's time zone, so the same package zipped in Jakarta and in Makassar would
 * differ; the entries are found through the central directory, as unzip tools find them.
 */
function stampUtc(zip: Uint8Array, moment: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { date, time } = dosDateTime(moment);
  const end = zip.byteLength - 22; // no zip comment: the end record is the last 22 bytes
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('zip end record not found');
  const count = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(entry, true) !== 0x02014b50) throw new Error('zip central directory damaged');
    view.setUint16(entry + 12, time, true);
    view.setUint16(entry + 14, date, true);
    const local = view.getUint32(entry + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip local header not found');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    entry +=
      46 +
      view.getUint16(entry + 28, true) +
      view.getUint16(entry + 30, true) +
      view.getUint16(entry + 32, true);
  }
  return zip;
}

/** The package as a .zip (one top folder), its timestamps the article's, in UTC: repeatable bytes. */
export function packageZip(name: string, files: PackageFile[], modified: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) {
    const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
    entries[`${name}/${file.path}`] = [bytes, { mtime: modified }];
  }
  return stampUtc(zipSync(entries, { level: 6 }), modified);
}
