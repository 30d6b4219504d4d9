import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import {
  EXPORT_JOURNAL_FOLDER,
  NOTE_KEPT_MS,
  recoverExports,
} from '../../../../../electron/services/export/journal';
import { recoverInterruptedExport } from '../../../../../electron/services/export/write';
import { documentOf, paragraph, text } from '../../../support/documents';
import { pageBreak } from '../../../support/export-fixture';
import { filesUnder } from '../../../support/photos';
import { openTestServices } from '../../../support/services';
import { seededRandom } from '../../../support/random';
import { tempFolder } from '../../../support/temp-folder';

const REPO = path.resolve(import.meta.dirname, '../../../../..');
const LOOP = path.join(REPO, 'tests/unit/electron/services/fixtures/export-loop.ts');
const ROUNDS = 18;

describe('export interrupted by a killed process (R8)', () => {
  it('clears what any interrupted step leaves: a half-written folder or zip, a package moved aside', () => {
    const out = tempFolder('redaksi-r8-leftovers');
    fs.mkdirSync(path.join(out, 'banjir'));
    fs.writeFileSync(path.join(out, 'banjir', 'index.html'), 'current');
    fs.writeFileSync(path.join(out, 'banjir.zip'), 'current zip');
    fs.mkdirSync(path.join(out, '.banjir.partial-0a1b2c'));
    fs.writeFileSync(path.join(out, '.banjir.zip.partial-3d4e5f'), 'half a zip');
    fs.mkdirSync(path.join(out, '.banjir.previous-6a7b8c'));
    // Another package's leftovers are not this one's to clear.
    fs.writeFileSync(path.join(out, '.banjir-lain.zip.partial-9d0e1f'), 'other');
    recoverInterruptedExport(out, 'banjir');
    expect(fs.readdirSync(out).sort()).toEqual(['.banjir-lain.zip.partial-9d0e1f', 'banjir', 'banjir.zip']);
    expect(fs.readFileSync(path.join(out, 'banjir', 'index.html'), 'utf8')).toBe('current');
  });

  it('at start, puts back a package moved aside by an export that died, and leaves a running one alone', () => {
    const dataDir = tempFolder('redaksi-r8-journal');
    const out = tempFolder('redaksi-r8-journal-out');
    const notes = path.join(dataDir, EXPORT_JOURNAL_FOLDER);
    fs.mkdirSync(notes);
    // Killed between the two renames of the swap: the old package is aside, the new one complete beside it.
    fs.mkdirSync(path.join(out, '.banjir.previous-0a1b2c'));
    fs.writeFileSync(path.join(out, '.banjir.previous-0a1b2c', 'index.html'), 'previous');
    fs.mkdirSync(path.join(out, '.banjir.partial-0a1b2c'));
    const dead = 2 ** 31 - 2; // no such process
    fs.writeFileSync(path.join(notes, 'a.json'), JSON.stringify({ target: out, name: 'banjir', pid: dead }));
    // Another window, still exporting: its half-written folder is its own business.
    fs.mkdirSync(path.join(out, '.gempa.partial-3d4e5f'));
    const running = { target: out, name: 'gempa', pid: process.ppid };
    fs.writeFileSync(path.join(notes, 'b.json'), JSON.stringify(running));
    // An export to a drive that is not plugged in now: its note waits for a start that sees it.
    const unplugged = { target: path.join(out, 'usb-drive-not-mounted'), name: 'banjir', pid: dead };
    fs.writeFileSync(path.join(notes, 'd.json'), JSON.stringify(unplugged));
    // One whose folder has been missing for over a month (or never existed) is dropped.
    const gone = { target: path.join(out, 'folder-that-never-was'), name: 'banjir', pid: dead };
    fs.writeFileSync(path.join(notes, 'e.json'), JSON.stringify(gone));
    const longAgo = (Date.now() - NOTE_KEPT_MS - 60_000) / 1000;
    fs.utimesSync(path.join(notes, 'e.json'), longAgo, longAgo);
    // A note that is not one is dropped, and names nothing outside a plain package name.
    fs.writeFileSync(path.join(notes, 'c.json'), JSON.stringify({ target: out, name: '../etc', pid: dead }));

    expect(recoverExports(dataDir)).toEqual([path.join(out, 'banjir')]);
    expect(fs.readdirSync(out).sort()).toEqual(['.gempa.partial-3d4e5f', 'banjir']);
    expect(fs.readFileSync(path.join(out, 'banjir', 'index.html'), 'utf8')).toBe('previous');
    expect(fs.readdirSync(notes).sort()).toEqual(['b.json', 'd.json']);
  });

  it('whenever the kill comes, the next start leaves one complete package under its name, and nothing else', async () => {
    const app = await openTestServices();
    const created = await app.ok('articles.create', { headline: 'Laporan panjang', lead: 'Lead.' });
    const body = documentOf(
      ...Array.from({ length: 3_000 }, (_, i) =>
        paragraph(text(`Paragraf ${i} tentang banjir di Medan dan dampaknya bagi warga.`)),
      ),
      pageBreak(),
      ...Array.from({ length: 200 }, (_, i) =>
        paragraph(text(`Halaman kedua, paragraf ${i} tentang pengungsi.`)),
      ),
    );
    await app.ok('articles.save', { ...created, body });
    const out = tempFolder('redaksi-r8');
    const first = await app.ok('export.run', {
      id: created.id,
      folder: out,
      zip: true,
      acceptWarnings: true,
    });
    const name = path.basename(first.folder);
    app.close();

    // Seeded, so the kill moments are the same on every run.
    const next = seededRandom(42);
    const versions = new Set<string>();
    let interrupted = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const child = spawn(process.execPath, ['--import', 'tsx', LOOP, app.dataDir, created.id, out], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const output = lines(child.stdout);
      await output.next('READY');
      const kind = round % 3;
      if (kind === 0) {
        // Once an export has finished (a new version in place), at a moment in the next one.
        await output.next('DONE');
        await new Promise((resolve) => setTimeout(resolve, next() * 400));
      } else {
        // Aimed at the write itself: a few milliseconds after a half-written package folder appears
        // beside the real one, or the moment a finished zip waits for its folder to go into place.
        await appears(out, kind === 1 ? '.partial-' : '.ready-');
        if (kind === 1) await new Promise((resolve) => setTimeout(resolve, next() * 15));
      }
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      // A kill mid-write leaves the journal's note and hidden leftovers beside the package.
      if (fs.readdirSync(path.join(app.dataDir, EXPORT_JOURNAL_FOLDER)).length > 0) interrupted += 1;

      // The next start of the app (no export needed) puts the folder in order.
      (await openTestServices({ dataDir: app.dataDir })).close();
      expect(fs.readdirSync(out).sort()).toEqual([name, `${name}.zip`]);
      expect(fs.readdirSync(path.join(app.dataDir, EXPORT_JOURNAL_FOLDER))).toEqual([]);
      // The folder and the zip are each one whole package: every file there, every page of one version.
      expect(filesUnder(first.folder).sort()).toEqual([...first.files].sort());
      const inFolder = oneVersion(
        first.files.map((file) => fs.readFileSync(path.join(first.folder, file), 'utf8')),
      );
      versions.add(inFolder);
      const zipped = unzipSync(fs.readFileSync(first.zipFile!));
      expect(Object.keys(zipped).sort()).toEqual(first.files.map((file) => `${name}/${file}`).sort());
      // And the zip is the folder's package, not the one before or after it.
      expect(oneVersion(Object.values(zipped).map((bytes) => new TextDecoder().decode(bytes)))).toBe(
        inFolder,
      );
    }
    // The kills landed in the middle of writes, and exports completed between them.
    expect(interrupted, `${interrupted} of ${ROUNDS} kills landed mid-write`).toBeGreaterThan(0);
    expect(versions.size).toBeGreaterThan(1);
  }, 180_000);
});

/** Waits (up to ten seconds) for an entry whose name holds `part` to appear in the folder. */
async function appears(folder: string, part: string): Promise<void> {
  const started = Date.now();
  while (!fs.readdirSync(folder).some((entry) => entry.includes(part)) && Date.now() - started < 10_000)
    await new Promise((resolve) => setTimeout(resolve, 1));
}

/** The lines a child process prints, awaited one by one: `next(line)` resolves when that line comes. */
function lines(stream: Readable) {
  const seen: string[] = [];
  let waiting: (() => void) | null = null;
  let rest = '';
  stream.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop()!;
    seen.push(...parts);
    waiting?.();
  });
  return {
    async next(line: string): Promise<void> {
      for (;;) {
        const at = seen.indexOf(line);
        if (at >= 0) {
          seen.splice(0, at + 1);
          return;
        }
        await new Promise<void>((resolve) => (waiting = resolve));
      }
    },
  };
}

/** The publication name every page of a package carries (og:site_name); fails if two pages differ. */
function oneVersion(files: string[]): string {
  const names = new Set(
    files.flatMap((content) =>
      [...content.matchAll(/<meta property="og:site_name" content="([^"]*)">/g)].map((m) => m[1]!),
    ),
  );
  expect(names.size).toBe(1);
  return [...names][0]!;
}
