import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { confine } from './paths';
import type { PackageFile } from './plan';

const PARTIAL = '.partial-';
const PREVIOUS = '.previous-';

/**
 * Puts back what an interrupted export left: a previous package moved aside is restored if the new
 * one never arrived, and half-written temporary folders and zips are removed. Runs before every export.
 */
export function recoverInterruptedExport(target: string, name: string): void {
  if (!fs.existsSync(target)) return;
  const final = path.join(target, name);
  for (const entry of fs.readdirSync(target)) {
    const full = path.join(target, entry);
    if (entry.startsWith(`.${name}${PREVIOUS}`)) {
      if (!fs.existsSync(final)) fs.renameSync(full, final);
      else fs.rmSync(full, { recursive: true, force: true });
    } else if (entry.startsWith(`.${name}${PARTIAL}`) || entry.startsWith(`.${name}.zip${PARTIAL}`)) {
      // A half-written package folder or zip.
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

function writeTree(root: string, files: PackageFile[]): void {
  for (const file of files) {
    const destination = confine(root, file.path);
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    const descriptor = fs.openSync(destination, 'wx');
    try {
      fs.writeFileSync(descriptor, file.content);
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
  }
}

/**
 * Writes the package into a temporary folder beside the target, then renames it into place: a
 * failed or killed export leaves the previous package intact and no partial one under its name.
 */
export function writePackageFolder(target: string, name: string, files: PackageFile[]): string {
  fs.mkdirSync(target, { recursive: true });
  recoverInterruptedExport(target, name);
  const final = confine(target, name);
  const token = randomBytes(6).toString('hex');
  const partial = confine(target, `.${name}${PARTIAL}${token}`);
  fs.mkdirSync(partial);
  try {
    writeTree(partial, files);
    const previous = confine(target, `.${name}${PREVIOUS}${token}`);
    const hadPrevious = fs.existsSync(final);
    if (hadPrevious) fs.renameSync(final, previous);
    fs.renameSync(partial, final);
    if (hadPrevious) fs.rmSync(previous, { recursive: true, force: true });
    return final;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    recoverInterruptedExport(target, name);
    throw error;
  }
}

/** The package as a .zip (one top folder), with fixed timestamps so the bytes are repeatable. */
export function packageZip(name: string, files: PackageFile[], modified: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) {
    const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
    entries[`${name}/${file.path}`] = [bytes, { mtime: modified }];
  }
  return zipSync(entries, { level: 6 });
}

/** The zip beside the package folder, renamed into place once complete. */
export function writePackageZip(target: string, name: string, files: PackageFile[], modified: Date): string {
  const zip = packageZip(name, files, modified);
  const destination = confine(target, `${name}.zip`);
  const partial = confine(target, `.${name}.zip${PARTIAL}${randomBytes(6).toString('hex')}`);
  const descriptor = fs.openSync(partial, 'wx');
  try {
    fs.writeFileSync(descriptor, zip);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  fs.renameSync(partial, destination);
  return destination;
}
