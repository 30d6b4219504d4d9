import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isProcessRunning } from '../alive';
import { MEDIA_FOLDER, RENDITIONS_FOLDER } from './media';

// What an import writes before renaming it into place carries the writing process's id, so that a
// start can tell what a killed process left from what another Redaksi (the app beside a command-line
// run) is writing now. Names without an id are an earlier version's, which may be running now (the app
// of last month beside this version's command line): those are removed only once long untouched.
const RENDITIONS_INCOMING = /^\.incoming-(?:(\d+)-)?[0-9a-f]{64}-[0-9a-f]{12}$/;
const ORIGINAL_INCOMING = /^[0-9a-f]{64}\.[a-z0-9]+\.incoming-(?:(\d+)-)?[0-9a-f]{12}$/;
const FAN_OUT = /^[0-9a-f]{2}$/;

const suffix = (): string => `${process.pid}-${randomBytes(6).toString('hex')}`;

/** The folder a photo's renditions are written into, beside `renditions/<sha256>`. */
export const incomingRenditions = (root: string, sha256: string): string =>
  path.join(root, `.incoming-${process.pid}-${sha256}-${randomBytes(6).toString('hex')}`);

/** The file an original is written to before it is renamed to `file`. */
export const incomingOriginal = (file: string): string => `${file}.incoming-${suffix()}`;

/**
 * How long what an earlier version (whose names carry no process id) writes must have been left as it
 * is before a start removes it: an import changes its files every few seconds while it is under way.
 */
export const UNOWNED_LEFTOVER_AGE_MS = 60 * 60 * 1000;

/** Nothing in it (a file, or a folder and what is directly in it) changed for UNOWNED_LEFTOVER_AGE_MS. */
export function untouchedLong(place: string): boolean {
  const stat = fs.statSync(place, { throwIfNoEntry: false });
  if (stat === undefined) return false;
  let inside: string[] = [];
  try {
    if (stat.isDirectory()) inside = fs.readdirSync(place).map((name) => path.join(place, name));
  } catch (error) {
    // Gone meanwhile: renamed into place by the import writing it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const changed = [place, ...inside].map(
    (file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0,
  );
  return Date.now() - Math.max(...changed) > UNOWNED_LEFTOVER_AGE_MS;
}

/**
 * Left by a process that has ended (this one, too, has nothing under way while the library opens), or,
 * for a name without a process id, untouched for long enough that no import can be writing it.
 */
function leftBehind(match: RegExpExecArray | null, place: string): boolean {
  if (match === null) return false;
  if (match[1] === undefined) return untouchedLong(place);
  const pid = Number(match[1]);
  return pid === process.pid || !isProcessRunning(pid);
}

const entries = (folder: string): fs.Dirent[] =>
  fs.existsSync(folder) ? fs.readdirSync(folder, { withFileTypes: true }) : [];

/**
 * At start: removes the half-written renditions folders (`renditions/.incoming-…`) and originals
 * (`media/ab/<sha256>.<ext>.incoming-…`) of imports whose process was killed (an earlier version's
 * once untouched for an hour). Only those exact names, directly in the data folder's own renditions
 * and media folders, are touched.
 */
export function removeIncomingLeftovers(dataDir: string): void {
  const renditions = path.join(dataDir, RENDITIONS_FOLDER);
  for (const entry of entries(renditions)) {
    const place = path.join(renditions, entry.name);
    if (entry.isDirectory() && leftBehind(RENDITIONS_INCOMING.exec(entry.name), place))
      fs.rmSync(place, { recursive: true, force: true });
  }
  const media = path.join(dataDir, MEDIA_FOLDER);
  for (const fanOut of entries(media)) {
    if (!fanOut.isDirectory() || !FAN_OUT.test(fanOut.name)) continue;
    const folder = path.join(media, fanOut.name);
    for (const entry of entries(folder)) {
      const place = path.join(folder, entry.name);
      if (entry.isFile() && leftBehind(ORIGINAL_INCOMING.exec(entry.name), place))
        fs.rmSync(place, { force: true });
    }
  }
}
