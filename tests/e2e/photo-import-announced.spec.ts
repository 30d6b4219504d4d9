import path from 'node:path';
import { ANNOUNCEMENTS, said } from './support/announcements';
import { expect, openApp, test } from './support/fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const FILES = [
  path.join(FIXTURES, 'photos', 'kosmodrom.jpg'),
  path.join(FIXTURES, 'photos', 'harbour.png'),
  path.join(FIXTURES, 'bad-images', 'script.svg'),
  path.join(FIXTURES, 'bad-images', 'empty.jpg'),
];

test('a screen reader hears an import’s outcome once it ends, each refused file in plain words, not file by file', async ({
  page,
  app,
}) => {
  await page.addInitScript(ANNOUNCEMENTS);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await said(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import photos' }).click();
  await (await chooser).setFiles(FILES);

  const progress = page.getByRole('group', { name: 'Photo import' });
  await expect(progress.locator('.rx-import-count')).toHaveText('2 photos imported, 2 refused', {
    timeout: 30_000,
  });
  await expect(progress.getByRole('status')).toHaveText(/^2 photos imported, 2 refused\. /);
  const heard = await said(page);
  expect(heard).toHaveLength(1);
  expect(heard[0]).toMatch(/^2 photos imported, 2 refused\. /);
  expect(heard[0]).toContain('script.svg is an SVG drawing');
  expect(heard[0]).toContain('empty.jpg is empty');

  // Back on the desk, the ended import still shows but is not said again.
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await expect(progress.locator('.rx-import-count')).toHaveText('2 photos imported, 2 refused');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect((await said(page)).filter((words) => words.includes('photos imported'))).toEqual([]);
});
