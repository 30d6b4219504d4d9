import { callApi } from './support/api';
import { expect, openApp, test } from './support/fixtures';
import type { WebApp } from './support/web-app';

const stored = async (app: WebApp, id: string) => (await callApi(app, 'sources.usage', { id })).source;

test('what is typed in a source and not saved is saved as another source, another view or the tab is opened — and Ctrl+S saves', async ({
  page,
  app,
}) => {
  const sullivan = await callApi(app, 'sources.create', { kind: 'person', name: 'Jake Sullivan' });
  const peskov = await callApi(app, 'sources.create', { kind: 'person', name: 'Dmitry Peskov' });
  await openApp(page, app, `#/sources/${sullivan.id}`);
  const registry = page.getByRole('list', { name: 'Source registry' });
  const detail = (name: string) => page.getByRole('region', { name });

  // Another source picked: the role typed in this one is kept.
  await detail('Jake Sullivan').getByLabel('Role or title').fill('Penasihat');
  await registry.getByRole('button', { name: /Dmitry Peskov/ }).click();
  await expect(detail('Dmitry Peskov')).toBeVisible();
  await expect.poll(async () => (await stored(app, sullivan.id)).role).toBe('Penasihat');

  // Ctrl+S in the form saves, and says so.
  await detail('Dmitry Peskov').getByLabel('Role or title').fill('Juru bicara Kremlin');
  await page.keyboard.press('Control+s');
  await expect(detail('Dmitry Peskov').locator('.rx-ok[role="status"]')).toHaveText('Source saved');
  expect((await stored(app, peskov.id)).role).toBe('Juru bicara Kremlin');

  // Ctrl+S with the focus out of the form (on the page, in the search) saves it too, never the page.
  await detail('Dmitry Peskov').getByLabel('Role or title').fill('Juru bicara');
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { __keptFromBrowser: boolean[] }).__keptFromBrowser = seen;
    window.addEventListener('keydown', (event) => seen.push(event.defaultPrevented));
  });
  await page.keyboard.press('Control+s');
  await expect.poll(async () => (await stored(app, peskov.id)).role).toBe('Juru bicara');
  expect(
    await page.evaluate(() => (window as unknown as { __keptFromBrowser: boolean[] }).__keptFromBrowser),
  ).toEqual([
    false, // Control itself
    true,
  ]);
  await page.getByRole('searchbox', { name: 'Search sources' }).focus();
  await detail('Dmitry Peskov').getByLabel('Role or title').fill('Juru bicara Kremlin');
  await page.getByRole('searchbox', { name: 'Search sources' }).focus();
  await page.keyboard.press('Control+s');
  await expect.poll(async () => (await stored(app, peskov.id)).role).toBe('Juru bicara Kremlin');

  // Another view opened: the notes typed are kept.
  await detail('Dmitry Peskov').getByLabel('Notes').fill('Nomor kantor di arsip.');
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect.poll(async () => (await stored(app, peskov.id)).notes).toBe('Nomor kantor di arsip.');

  // The tab closed on a change: kept as it goes.
  await openApp(page, app, `#/sources/${sullivan.id}`);
  await detail('Jake Sullivan').getByLabel('Organisation').fill('Gedung Putih');
  await page.close({ runBeforeUnload: true });
  await expect.poll(async () => (await stored(app, sullivan.id)).organisation).toBe('Gedung Putih');
});
