import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  for (const folder of made.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A fresh, empty folder under the system temp folder, removed after the current test. */
export function tempFolder(label = 'redaksi'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  made.push(folder);
  return folder;
}
