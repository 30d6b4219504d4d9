// An import killed mid-way leaves its half-written renditions folder and original behind; the next start
// removes them, and only them: another running Redaksi's files, finished photos and other names stay.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { incomingOriginal, incomingRenditions } from '../../../../../electron/services/photos/leftovers';
import { cli } from '../../../support/cli';
import { filesUnder, importFiles, photoFixture } from '../../../support/photos';
import { openTestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

const SHA = 'ab'.padEnd(64, '3');
const RAND = '0123456789ab';
const DEAD = 999_999_999;
// The test runner's parent process: another Redaksi, as far as the start can tell, still at work.
const RUNNING = process.ppid;

function put(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'x');
}

describe('leftovers of an import killed mid-way', () => {
  it('are removed at start, while a running process’s files, stored photos and other names stay', async () => {
    const dataDir = tempFolder('redaksi-leftovers');
    const gone = [
      `renditions/.incoming-${SHA}-${RAND}/400.webp`,
      `renditions/.incoming-${DEAD}-${SHA}-${RAND}/800.jpg`,
      `media/ab/${SHA}.jpg.incoming-${RAND}`,
      `media/ab/${SHA}.png.incoming-${DEAD}-${RAND}`,
    ];
    const kept = [
      `renditions/.incoming-${RUNNING}-${SHA}-${RAND}/400.webp`,
      `renditions/${SHA}/400.webp`,
      `renditions/.incoming-notes/keep.txt`,
      `media/ab/${SHA}.jpg.incoming-${RUNNING}-${RAND}`,
      `media/ab/${SHA}.jpg`,
      `media/notes/${SHA}.jpg.incoming-${RAND}`,
      `.incoming-${SHA}-${RAND}/400.webp`,
      `imports-notes/${SHA}.jpg.incoming-${RAND}`,
    ];
    for (const file of [...gone, ...kept]) put(path.join(dataDir, file));
    const app = await openTestServices({ dataDir });
    try {
      for (const file of gone) expect(fs.existsSync(path.join(dataDir, file)), file).toBe(false);
      expect(fs.existsSync(path.join(dataDir, path.dirname(gone[0]!)))).toBe(false);
      for (const file of kept) expect(fs.existsSync(path.join(dataDir, file)), file).toBe(true);
      // Imports go on as before, leaving nothing half-written of their own.
      const job = await importFiles(app, [photoFixture('kosmodrom.jpg')]);
      expect(job.files[0]!.state).toBe('imported');
      const incoming = (files: string[]) => files.filter((file) => file.includes('.incoming-')).sort();
      expect(incoming(filesUnder(dataDir))).toEqual(incoming(kept));
    } finally {
      app.close();
    }
  }, 30_000);

  it('what this process is writing survives a command-line run opening the same data folder', async () => {
    const app = await openTestServices();
    app.close();
    const folder = incomingRenditions(path.join(app.dataDir, 'renditions'), SHA);
    const original = incomingOriginal(path.join(app.dataDir, 'media', 'ab', `${SHA}.jpg`));
    put(path.join(folder, '400.webp'));
    put(original);
    const dead = path.join(app.dataDir, `renditions/.incoming-${DEAD}-${SHA}-${RAND}/400.webp`);
    put(dead);
    expect((await cli('list', '--data', app.dataDir)).code).toBe(0);
    expect(fs.existsSync(path.join(folder, '400.webp'))).toBe(true);
    expect(fs.existsSync(original)).toBe(true);
    expect(fs.existsSync(dead)).toBe(false);
  }, 30_000);
});
