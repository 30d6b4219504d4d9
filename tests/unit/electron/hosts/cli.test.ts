import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { paragraphs } from '../../support/documents';
import { createFullArticle } from '../../support/export-fixture';
import { openTestServices } from '../../support/services';
import { tempFolder } from '../../support/temp-folder';

const tree = (folder: string): Record<string, Buffer> =>
  Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, full), fs.readFileSync(full)];
      }),
  );

describe('command line', () => {
  it('exports every article (--all) in one run with the same bytes the app writes, and lists them', async () => {
    const app = await openTestServices();
    for (const headline of ['Pertama di Medan', 'Kedua di Jakarta', 'Ketiga di Surabaya'])
      await createFullArticle(app, { headline });
    // The full-featured articles link to a fourth one ("Baca juga"), which --all exports too.
    const all = await app.ok('articles.list', {});
    expect(all).toHaveLength(4);
    const fromApp = tempFolder('redaksi-app-export');
    for (const { id } of all)
      await app.ok('export.run', { id, folder: fromApp, zip: true, acceptWarnings: true });
    app.close();

    const fromCli = tempFolder('redaksi-cli-export');
    const exported = await cli('export', '--data', app.dataDir, '--out', fromCli, '--zip', '--all');
    expect(exported.stderr).toContain('4 exported, 0 failed.');
    expect(exported.code).toBe(0);
    expect(tree(fromCli)).toEqual(tree(fromApp));
    // The app's export dialog still offers the folder the app last exported to, not the batch's.
    const reopened = await openTestServices({ dataDir: app.dataDir });
    expect((await reopened.ok('settings.get', {})).publication.exportFolder).toBe(fromApp);
    reopened.close();

    // Again without --zip: each earlier zip (the previous version) goes, and the run says so.
    const again = await cli('export', '--data', app.dataDir, '--out', fromCli, '--all');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `  removed ${path.join(fromCli, 'pertama-di-medan.zip')}: it held the previous version (export with --zip to keep one)`,
    );
    expect(fs.readdirSync(fromCli).filter((name) => name.endsWith('.zip'))).toEqual([]);

    const listed = await cli('list', '--data', app.dataDir);
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual([
      'korea-utara-luncurkan-satelit-mata-mata',
      'pertama-di-medan',
      'kedua-di-jakarta',
      'ketiga-di-surabaya',
    ]);
  }, 90_000);

  it('lists one line per article even when a headline holds a tab, a newline or a terminal escape', async () => {
    const app = await openTestServices();
    const created = await app.ok('articles.create', {});
    await app.ok('articles.save', { ...created, headline: 'Satu\tdua\ntiga \u001b[31mmerah' });
    app.close();
    const listed = await cli('list', '--data', app.dataDir);
    expect(listed.stdout).toBe(`satu-dua-tiga-31mmerah\tSatu dua tiga  [31mmerah\n`);
  }, 30_000);

  it('exits non-zero with a clear message when an article fails preflight, and exports by slug or status', async () => {
    const app = await openTestServices();
    const good = await app.ok('articles.create', { headline: 'Berita siap', lead: 'Lead.', status: 'ready' });
    await app.ok('articles.save', { ...good, body: paragraphs('Isi berita.') });
    await app.ok('articles.create', { headline: '', status: 'ready' });
    app.close();

    const out = tempFolder('redaksi-cli-out');
    const byStatus = await cli('export', '--data', app.dataDir, '--out', out, '--status', 'ready');
    expect(byStatus.code).toBe(1);
    expect(byStatus.stderr).toMatch(
      /not exported\. The article cannot be exported yet: The article has no headline\./,
    );
    expect(fs.existsSync(path.join(out, 'berita-siap', 'index.html'))).toBe(true);

    const bySlug = await cli(
      'export',
      '--data',
      app.dataDir,
      '--out',
      out,
      '--slug',
      'berita-siap',
      '--slug',
      'tidak-ada',
    );
    expect(bySlug.code).toBe(1);
    expect(bySlug.stderr).toContain('No article has the slug "tidak-ada".');

    // No article with that status: nothing to do, and said so.
    const none = await cli('export', '--data', app.dataDir, '--out', out, '--status', 'published');
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('No article has the status published.');
    expect(none.stderr).not.toContain('exported');

    const usage = await cli('export', '--data', app.dataDir, '--out', out);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Choose exactly one of --all, --status STATUS or --slug SLUG.');

    // list takes the same choice; what it does not use is refused, not ignored.
    const ready = await cli('list', '--data', app.dataDir, '--status', 'ready');
    const headlines = ready.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t')[1]);
    expect([ready.code, headlines.sort()]).toEqual([0, ['', 'Berita siap']]);
    expect((await cli('list', '--data', app.dataDir, '--status', 'published')).stderr).toBe('0 article(s)\n');
    const oneSlug = await cli('list', '--data', app.dataDir, '--slug', 'berita-siap', '--slug', 'tidak-ada');
    expect([oneSlug.code, oneSlug.stdout]).toEqual([1, 'berita-siap\tBerita siap\n']);
    expect(oneSlug.stderr).toContain('No article has the slug "tidak-ada".');
    const withOut = await cli('list', '--data', app.dataDir, '--out', out);
    expect(withOut.code).toBe(2);
    expect(withOut.stderr).toContain('--out and --zip are for export; list only prints.');
    const noValue = await cli('list', '--data', app.dataDir, '--slug');
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain('npm run cli -- list --data DIR');
  }, 90_000);

  it('refuses a --data folder that holds no library, and creates nothing there', async () => {
    const missing = path.join(tempFolder('redaksi-cli-typo'), 'Redaski');
    const listed = await cli('list', '--data', missing);
    expect(listed.code).toBe(2);
    expect(listed.stderr).toContain(`There is no Redaksi library in ${missing} (no redaksi.db).`);
    expect(fs.existsSync(missing)).toBe(false);
  }, 30_000);

  it('prints its usage and succeeds when asked for help, in any of the usual ways', async () => {
    for (const args of [['help'], ['--help'], ['-h'], ['export', '--help']]) {
      const asked = await cli(...args);
      expect(asked.code, args.join(' ')).toBe(0);
      expect(asked.stdout).toContain('npm run cli -- export --data DIR --out DIR');
      expect(asked.stderr).toBe('');
    }
  }, 60_000);
});
