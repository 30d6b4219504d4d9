import fs from 'node:fs';
import path from 'node:path';
import { expect, openApp, test } from './support/fixtures';
import { articleWithPhoto } from './support/sources';

const UNREADABLE = 'This photo’s image file could not be read from the media folder.';

test('a photo whose image files are gone from the media folder says so in words, in the article and on the photo desk, and keeps its caption', async ({
  page,
  app,
}) => {
  const id = await articleWithPhoto(app, 'Foto hilang', 'Kim Jong Un tiba di kosmodrom.');
  // The media folder loses the photo's renditions (a disk restored from an old backup, a hand-made clean-up).
  const renditions = path.join(app.dataDir, 'renditions');
  const [sha] = fs.readdirSync(renditions);
  fs.rmSync(path.join(renditions, sha!), { recursive: true });

  const watch = await openApp(page, app, `#/article/${id}`);
  const block = page.getByRole('figure', { name: /Kim Jong Un tiba di kosmodrom/ });
  // What the photo shows is still said first (its alt text), then why it is not there.
  await expect(block.getByRole('img', { name: `Alt — ${UNREADABLE}`, exact: true })).toBeVisible();
  await expect(block).toContainText(UNREADABLE);
  await expect(block.getByLabel('Caption')).toHaveValue('Kim Jong Un tiba di kosmodrom.');

  await page.getByRole('button', { name: 'Photo desk' }).click();
  await expect(page.getByRole('img', { name: UNREADABLE, exact: true })).toHaveCount(1);
  // The failed image loads are the browser's own console messages; nothing else went wrong.
  expect(watch.problems.filter((problem) => !/404 \(Not Found\)/.test(problem))).toEqual([]);
});
