import { callApi, seedArticle } from './support/api';
import { importPhoto } from './support/sources';
import { ANNOUNCEMENTS, said } from './support/announcements';
import { body, expect, expectSaved, openApp, saveStatus, test } from './support/fixtures';

test('autosaves while typing are shown, not said; Ctrl+S, a failed save (once per reason) and the save after it are said', async ({
  page,
  app,
}) => {
  const { id } = await seedArticle(app, { headline: 'Rob di Belawan', body: ['Air laut naik.'] });
  await page.addInitScript(ANNOUNCEMENTS);
  await openApp(page, app, `#/article/${id}`);
  await body(page).getByText('Air laut naik.').click();
  await page.keyboard.press('End');
  await expectSaved(page);
  await said(page);

  // Two pauses in typing, two autosaves: the status line shows each, nothing is said.
  await page.keyboard.type(' Warga mengungsi.');
  await expect(saveStatus(page)).toHaveText('Unsaved changes');
  await expectSaved(page);
  await page.keyboard.type(' Jalan tergenang.');
  await expect(saveStatus(page)).toHaveText('Unsaved changes');
  await expectSaved(page);
  expect(await said(page)).toEqual([]);

  // Ctrl+S is answered aloud, even with nothing left to save.
  await page.keyboard.type(' Lagi.');
  await page.keyboard.press('Control+s');
  await expect.poll(() => said(page)).toEqual(['Saved']);
  await page.keyboard.press('Control+s');
  await expect.poll(() => said(page)).toEqual(['Saved']);

  // Saves that fail: the reason is said once, not again at every pause while it lasts.
  await page.route('**/api/articles.save', (route) => route.abort());
  await page.keyboard.type(' Satu.');
  await expect(saveStatus(page)).toHaveText(/^Not saved:/);
  const reason = await saveStatus(page).textContent();
  await page.keyboard.type(' Dua.');
  await expect(saveStatus(page)).toHaveText('Unsaved changes');
  await expect(saveStatus(page)).toHaveText(/^Not saved:/);
  expect(await said(page)).toEqual([reason]);
  // Ctrl+S while it lasts is answered: the failure is said again.
  await page.keyboard.press('Control+s');
  await expect.poll(() => said(page)).toEqual([reason]);

  // The first save that works again is said.
  await page.unroute('**/api/articles.save');
  await page.keyboard.type(' Tiga.');
  await expectSaved(page);
  await expect.poll(() => said(page)).toEqual(['Saved']);

  // Chromium itself takes the visible save state for a status that is not live.
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.rx-save' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const status = nodes.find((node) => node.role?.value === 'status');
  expect(status).toBeDefined();
  expect(status?.properties?.find((property) => property.name === 'live')?.value.value ?? 'off').toBe('off');
});

test('the photo desk shows each caption save and says only a failed one and the save that works after it', async ({
  page,
  app,
}) => {
  const id = await importPhoto(app);
  await page.addInitScript(ANNOUNCEMENTS);
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').first().click();
  const details = page.getByRole('form', { name: 'Photo details' });
  const status = details.getByRole('status');
  await details.getByLabel('Caption').fill('PELABUHAN: Kapal bersandar.');
  await expect(status).toHaveText('Saved');
  await details.getByLabel('Caption').press('End');
  await page.keyboard.type(' Pagi.');
  await expect.poll(async () => (await callApi(app, 'photos.get', { id })).caption).toMatch(/Pagi\.$/);
  await expect(status).toHaveText('Saved');
  expect(await said(page)).toEqual([]);

  await page.route('**/api/photos.update', (route) => route.abort());
  await page.keyboard.type(' Siang.');
  await expect(status).toHaveText(/^Not saved:/);
  expect(await said(page)).toEqual([await status.textContent()]);
  await page.unroute('**/api/photos.update');
  await page.keyboard.type(' Sore.');
  await expect(status).toHaveText('Saved');
  await expect.poll(() => said(page)).toEqual(['Saved']);
});
