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

/** Sets a file's (and, for one in a leftover folder, that folder's) times this far back. */
function age(file: string, ms: number): void {
  const then = new Date(Date.now() - ms);
  fs.utimesSync(file, then, then);
  if (path.basename(path.dirname(file)).startsWith('.incoming-'))
    fs.utimesSync(path.dirname(file), then, then);
}
const HOURS = 60 * 60 * 1000;

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
    // The names without a process id were left by an earlier version two hours ago.
    for (const file of gone.filter((name) => !name.includes(String(DEAD))))
      age(path.join(dataDir, file), 2 * HOURS);
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

describe('leftovers of an earlier version, whose names carry no process id', () => {
  it('are kept at start while recently written (that version may be importing them now), removed once an hour old', async () => {
    const dataDir = tempFolder('redaksi-leftovers-old');
    const folder = path.join(dataDir, `renditions/.incoming-${SHA}-${RAND}`);
    const writing = {
      renditions: path.join(folder, '400.webp'),
      original: path.join(dataDir, `media/ab/${SHA}.jpg.incoming-${RAND}`),
      upload: path.join(dataDir, 'imports', `${RAND}-0.upload`),
    };
    const old = {
      renditions: path.join(dataDir, `renditions/.incoming-${'cd'.padEnd(64, '5')}-${RAND}/960.jpg`),
      original: path.join(dataDir, `media/cd/${'cd'.padEnd(64, '5')}.png.incoming-${RAND}`),
      upload: path.join(dataDir, 'imports', `${RAND}-1.upload`),
    };
    for (const file of [...Object.values(writing), ...Object.values(old)]) put(file);
    for (const file of Object.values(old)) age(file, 2 * HOURS);
    // A folder made two hours ago whose newest file was written a moment ago is still being written.
    const then = new Date(Date.now() - 2 * HOURS);
    fs.utimesSync(folder, then, then);

    const first = await openTestServices({ dataDir });
    first.close();
    for (const [what, file] of Object.entries(writing)) expect(fs.existsSync(file), what).toBe(true);
    for (const [what, file] of Object.entries(old)) expect(fs.existsSync(file), what).toBe(false);
    expect(fs.existsSync(path.dirname(old.renditions))).toBe(false);

    // The same files, left untouched for over an hour, are removed by the next start.
    for (const file of Object.values(writing)) age(file, 61 * 60 * 1000);
    const next = await openTestServices({ dataDir });
    next.close();
    for (const [what, file] of Object.entries(writing)) expect(fs.existsSync(file), what).toBe(false);
    expect(fs.existsSync(folder)).toBe(false);
  }, 30_000);
});
