import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isProcessRunning } from '../alive';
import { MEDIA_FOLDER, RENDITIONS_FOLDER } from './media';

// What an import writes before renaming it into place carries the writing process's id, so that a
// start can tell what a killed process left from what another Redaksi (the app beside a command-line
// run) is writing now. Names without an id are an earlier version's: no import of theirs is under way.
const RENDITIONS_INCOMING = /^\.incoming-(?:(\d+)-)?[0-9a-f]{64}-[0-9a-f]{12}$/;
const ORIGINAL_INCOMING = /^[0-9a-f]{64}\.[a-z0-9]+\.incoming-(?:(\d+)-)?[0-9a-f]{12}$/;
const FAN_OUT = /^[0-9a-f]{2}$/;

const suffix = (): string => `${process.pid}-${randomBytes(6).toString('hex')}`;

/** The folder a photo's renditions are written into, beside `renditions/<sha256>`. */
export const incomingRenditions = (root: string, sha256: string): string =>
  path.join(root, `.incoming-${process.pid}-${sha256}-${randomBytes(6).toString('hex')}`);

/** The file an original is written to before it is renamed to `file`. */
export const incomingOriginal = (file: string): string => `${file}.incoming-${suffix()}`;

/** Left by a process that has ended (this one, too, has nothing under way while the library opens). */
function leftBehind(match: RegExpExecArray | null): boolean {
  if (match === null) return false;
  const pid = match[1] === undefined ? null : Number(match[1]);
  return pid === null || pid === process.pid || !isProcessRunning(pid);
}

const entries = (folder: string): fs.Dirent[] =>
  fs.existsSync(folder) ? fs.readdirSync(folder, { withFileTypes: true }) : [];

/**
 * At start: removes the half-written renditions folders (`renditions/.incoming-…`) and originals
 * (`media/ab/<sha256>.<ext>.incoming-…`) of imports whose process was killed. Only those exact names,
 * directly in the data folder's own renditions and media folders, are touched.
 */
export function removeIncomingLeftovers(dataDir: string): void {
  const renditions = path.join(dataDir, RENDITIONS_FOLDER);
  for (const entry of entries(renditions)) {
    if (entry.isDirectory() && leftBehind(RENDITIONS_INCOMING.exec(entry.name)))
      fs.rmSync(path.join(renditions, entry.name), { recursive: true, force: true });
  }
  const media = path.join(dataDir, MEDIA_FOLDER);
  for (const fanOut of entries(media)) {
    if (!fanOut.isDirectory() || !FAN_OUT.test(fanOut.name)) continue;
    const folder = path.join(media, fanOut.name);
    for (const entry of entries(folder)) {
      if (entry.isFile() && leftBehind(ORIGINAL_INCOMING.exec(entry.name)))
        fs.rmSync(path.join(folder, entry.name), { force: true });
    }
  }
}
