import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverInterruptedExport } from '../../../../../electron/services/export/write';
import { documentOf, paragraph, text } from '../../../support/documents';
import { openTestServices } from '../../../support/services';
import { seededRandom } from '../../../support/random';
import { tempFolder } from '../../../support/temp-folder';

const REPO = path.resolve(import.meta.dirname, '../../../../..');
const LOOP = path.join(REPO, 'tests/unit/electron/services/fixtures/export-loop.ts');
const ROUNDS = 12;

const tree = (folder: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(folder)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
  );

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

  it('always leaves the previous complete package in place and no partial one under its name', async () => {
    const app = await openTestServices();
    const created = await app.ok('articles.create', { headline: 'Laporan panjang', lead: 'Lead.' });
    const body = documentOf(
      ...Array.from({ length: 3_000 }, (_, i) =>
        paragraph(text(`Paragraf ${i} tentang banjir di Medan dan dampaknya bagi warga.`)),
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
    const expected = tree(first.folder);
    const expectedZip = fs.readFileSync(first.zipFile!);
    app.close();

    // Seeded, so the kill moments are the same on every run.
    const next = seededRandom(42);
    for (let round = 0; round < ROUNDS; round += 1) {
      const child = spawn(process.execPath, ['--import', 'tsx', LOOP, app.dataDir, created.id, out], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 20 + next() * 400));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;

      // Between the two renames of the swap the name is briefly empty; the recovery that runs before
      // the next export of this package puts the previous one back. After it, whatever moment the
      // kill came, the package under its own name is complete and unchanged.
      recoverInterruptedExport(out, path.basename(first.folder));
      expect(tree(first.folder)).toEqual(expected);
      expect(fs.readFileSync(first.zipFile!)).toEqual(expectedZip);
    }

    // The next export clears what interrupted ones left beside it.
    const again = await openTestServices({ dataDir: app.dataDir });
    await again.ok('export.run', { id: created.id, folder: out, zip: true, acceptWarnings: true });
    again.close();
    expect(fs.readdirSync(out).sort()).toEqual(
      [path.basename(first.folder), path.basename(first.zipFile!)].sort(),
    );
  }, 120_000);
});
