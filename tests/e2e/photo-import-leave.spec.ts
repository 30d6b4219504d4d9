import path from 'node:path';
import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');
const GOOD = ['kosmodrom.jpg', 'portrait.jpg', 'vladivostok.jpg', 'harbour.png'].map((name) =>
  path.join(FIXTURES, 'photos', name),
);

test('closing the tab while an import still sends its files asks first; once they are sent, it does not', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  // The files wait on their way to the service until released: the import is still sending.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let sending = () => {};
  const firstFileOnItsWay = new Promise<void>((resolve) => (sending = resolve));
  await page.route('**/api/photos.importFile', async (route) => {
    sending();
    await held;
    await route.continue();
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import photos' }).click();
  await (await chooser).setFiles(GOOD);
  // Not before the first file is on its way (the import has begun sending, a busy machine or not).
  let noFileSent: NodeJS.Timeout | undefined;
  await Promise.race([
    firstFileOnItsWay,
    new Promise<never>((_, reject) => {
      noFileSent = setTimeout(() => reject(new Error('the import never began sending its files')), 20_000);
    }),
  ]);
  clearTimeout(noFileSent);

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  // Staying, the import goes on to its end; then the tab closes without a question.
  release();
  await expect(page.getByRole('group', { name: 'Photo import' })).toContainText('4 photos imported', {
    timeout: 30_000,
  });
  expect(await callApi(app, 'photos.list', {})).toHaveLength(GOOD.length);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});
