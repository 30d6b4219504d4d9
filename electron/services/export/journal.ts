import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { safeName } from './paths';
import { recoverInterruptedExport } from './write';
import { isProcessRunning } from '../alive';

/** One file per export being written, in the data folder: where, and under which name. */
export const EXPORT_JOURNAL_FOLDER = 'export-journal';
/** How long a note waits for its export folder to come back (a drive plugged in again). */
export const NOTE_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

interface JournalEntry {
  target: string;
  name: string;
  /** The process writing it: a note of a process still running (another window) is not touched. */
  pid: number;
}

const isEntry = (value: unknown): value is JournalEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as JournalEntry).target === 'string' &&
  path.isAbsolute((value as JournalEntry).target) &&
  typeof (value as JournalEntry).name === 'string' &&
  Number.isInteger((value as JournalEntry).pid) &&
  safeName((value as JournalEntry).name, '') === (value as JournalEntry).name;

/**
 * Notes an export in the data folder before it writes anything beside the target and clears the note
 * once it is done: a process killed in between leaves the note, and the next start puts that package
 * back in order (recoverExports) even if the same article is never exported to that folder again.
 */
export function journalExport<T>(dataDir: string, target: string, name: string, write: () => T): T {
  const folder = path.join(dataDir, EXPORT_JOURNAL_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const note = path.join(folder, `${randomBytes(8).toString('hex')}.json`);
  fs.writeFileSync(note, JSON.stringify({ target, name, pid: process.pid } satisfies JournalEntry));
  try {
    return write();
  } finally {
    fs.rmSync(note, { force: true });
  }
}

/**
 * At start: every export the journal says was under way when the process ended gets its folder put
 * back in order (a package moved aside restored, half-written leftovers removed). Returns the packages
 * it looked at; a note it cannot read or act on is dropped with a line in the log.
 */
export function recoverExports(dataDir: string): string[] {
  const folder = path.join(dataDir, EXPORT_JOURNAL_FOLDER);
  if (!fs.existsSync(folder)) return [];
  const recovered: string[] = [];
  for (const file of fs.readdirSync(folder)) {
    const note = path.join(folder, file);
    try {
      const entry: unknown = JSON.parse(fs.readFileSync(note, 'utf8'));
      if (!isEntry(entry)) throw new Error('not an export note');
      if (entry.pid !== process.pid && isProcessRunning(entry.pid)) continue;
      // A folder not there now (a drive not plugged in) keeps its note for a later start — for a
      // month: a folder absent that long is taken as gone (or never made), and its note dropped.
      if (!fs.existsSync(entry.target)) {
        if (Date.now() - fs.statSync(note).mtimeMs < NOTE_KEPT_MS) continue;
        throw new Error(`its folder ${entry.target} has not been there for a month`);
      }
      recoverInterruptedExport(entry.target, entry.name);
      recovered.push(path.join(entry.target, entry.name));
    } catch (error) {
      console.error(`[redaksi] could not finish the interrupted export noted in ${note}:`, error);
    }
    fs.rmSync(note, { force: true });
  }
  return recovered;
}
