import path from 'node:path';
import { callApi } from './support/api';
import { ownFocus } from './support/tabs';
import { test, expect, openApp } from './support/fixtures';
import { startWebApp } from './support/web-app';

test('the UI switches between English and Bahasa Indonesia and remembers the choice', async ({
  page,
  app,
  restart,
}) => {
  await openApp(page, app);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption('id');

  await expect(page.getByRole('button', { name: 'Artikel', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pengaturan' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  const reopened = await restart();
  await page.goto(reopened.url);
  await page.getByRole('button', { name: 'Artikel', exact: true }).click();
  await page.getByRole('button', { name: 'Artikel baru' }).click();
  await expect(page.getByRole('textbox', { name: 'Judul' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Isi artikel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tebal' })).toBeVisible();
  await expect(page.getByText('0 kata')).toBeVisible();

  await page.getByRole('button', { name: 'Pengaturan' }).click();
  await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Articles' })).toBeVisible();
});

test('the publication profile is saved, and new articles take its dateline prefix', async ({ page, app }) => {
  await openApp(page, app);
  // Before the profile has a prefix, the Dateline field shows an example of one.
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Dateline')).toHaveAttribute('placeholder', 'e.g. NEWS.EXAMPLE.COM');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Publication name').fill('Waspada');
  await page.getByLabel('Dateline prefix').fill('WASPADA.ID');
  await page.getByLabel('Copyright line').click();
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.datelinePrefix)
    .toBe('WASPADA.ID');
  expect((await callApi(app, 'settings.get', {})).publication.name).toBe('Waspada');

  await page.getByRole('button', { name: 'Articles' }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByLabel('Dateline')).toHaveValue('WASPADA.ID');
  // Emptied, the field shows the publication's own prefix as an example, never as if it were the value
  // (an empty prefix is exported as none).
  await page.getByLabel('Dateline').fill('');
  await expect(page.getByLabel('Dateline')).toHaveAttribute('placeholder', 'e.g. WASPADA.ID');

  // A name typed past what the profile keeps stops at its limit; nothing is refused.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Publication name').fill('');
  await page.getByLabel('Publication name').focus();
  await page.keyboard.insertText('N'.repeat(250));
  await page.getByLabel('Copyright line').click();
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.name)
    .toBe('N'.repeat(200));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the caption style follows the publication: a plain-sentence publication gets no title hint', async ({
  page,
  app,
}) => {
  const photo = path.resolve(import.meta.dirname, '../../../shared/fixtures/photos/harbour.png');
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import photos' }).click();
  await (await chooser).setFiles([photo]);
  await page.getByRole('option', { name: 'harbour.png' }).click();
  const details = page.getByRole('form', { name: 'Photo details' });
  const caption = details.getByLabel('Caption');
  await caption.fill('Kapal bersandar di pelabuhan saat senja.');
  await expect(page.getByText('Start with an upper-case title', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Caption style').selectOption('sentence');
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.captionStyle)
    .toBe('sentence');
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await page.getByRole('option', { name: /harbour\.png|Kapal bersandar/ }).click();
  await expect(caption).toHaveValue('Kapal bersandar di pelabuhan saat senja.');
  await expect(page.getByText('Start with an upper-case title', { exact: false })).toHaveCount(0);
  await caption.fill('kapal bersandar.');
  await expect(page.getByText('start the sentence with a capital letter', { exact: false })).toBeVisible();
});

test('the base URL takes only a web address: a wrong one is refused in plain words, a right one normalised', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Settings' }).click();
  const baseUrl = page.getByLabel('Base URL');
  await baseUrl.fill('ftp://tribun-medan.com');
  await page.getByLabel('Copyright line').click();
  await expect(page.getByRole('alert')).toHaveText(
    'The base URL must be a web address starting with https:// (or http://). It was not saved.',
  );
  await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays in the field to be corrected.
  await expect(baseUrl).toHaveValue('ftp://tribun-medan.com');
  expect((await callApi(app, 'settings.get', {})).publication.baseUrl).toBe('');
  // Each refusal names what is wrong with the address.
  for (const [typed, reason] of [
    ['https://user:pass@tribun-medan.com', 'cannot hold a user name or password'],
    ['https://tribun-medan.com:99999', 'server name or port is not valid'],
    ['https://tribun..medan.com', 'server name or port is not valid'],
    ['https://tribun-medan.com/?utm=1', 'cannot hold a ? or #'],
  ]) {
    await baseUrl.fill(typed!);
    await baseUrl.press('Enter');
    await expect(page.getByRole('alert')).toContainText(reason!);
  }
  expect((await callApi(app, 'settings.get', {})).publication.baseUrl).toBe('');
  // Typing on does not rewrite the refusal under the editor's keys: it still says why the address
  // refused was refused, until the field is left or Enter pressed again.
  await baseUrl.fill('https://user:pass@tribun-medan.com');
  await baseUrl.press('Enter');
  await expect(page.getByRole('alert')).toContainText('cannot hold a user name or password');
  await baseUrl.fill('ftp://tribun-medan.com');
  await expect(page.getByRole('alert')).toContainText('cannot hold a user name or password');

  // Typed without a scheme, it is taken as https.
  await baseUrl.fill('Tribun-Medan.com/berita/');
  await page.getByLabel('Copyright line').click();
  await expect(baseUrl).toHaveValue('https://tribun-medan.com/berita');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(baseUrl).not.toHaveAttribute('aria-invalid');
  expect((await callApi(app, 'settings.get', {})).publication.baseUrl).toBe(
    'https://tribun-medan.com/berita',
  );

  // Enter confirms the field as leaving it does: a wrong address is refused at once, in words.
  await baseUrl.fill('https://tribun"medan.com');
  await baseUrl.press('Enter');
  await expect(page.getByRole('alert')).toContainText('server name or port is not valid');
  // The field itself says why, whenever it is reached again.
  await expect(page.getByLabel('Base URL')).toHaveAccessibleDescription(/server name or port is not valid/);
  await expect(baseUrl).toBeFocused();
});

test('a refusal of the base URL follows that field: gone once it holds the stored address again, kept while its refused text is shown', async ({
  page,
  app,
}) => {
  await callApi(app, 'settings.update', { publication: { baseUrl: 'https://tribun-medan.com' } });
  await openApp(page, app, '#/settings');
  const baseUrl = page.getByLabel('Base URL');
  const stored = async () => (await callApi(app, 'settings.get', {})).publication;
  await expect(baseUrl).toHaveValue('https://tribun-medan.com');
  await baseUrl.fill('ftp://x.com');
  await baseUrl.press('Enter');
  await expect(page.getByRole('alert')).toContainText('must be a web address starting with https://');
  await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
  // Typed back to the stored address there is nothing to save, and nothing refused any more.
  await baseUrl.fill('https://tribun-medan.com');
  await baseUrl.press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(baseUrl).not.toHaveAttribute('aria-invalid');

  // A host with a port, typed bare, is taken as https as a bare host is.
  await baseUrl.fill('tribun-medan.com:8080');
  await page.keyboard.press('Tab');
  await expect(baseUrl).toHaveValue('https://tribun-medan.com:8080');
  expect((await stored()).baseUrl).toBe('https://tribun-medan.com:8080');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A scheme missing its colon is refused, saying so (it was saved as https://https//…).
  await baseUrl.fill('https//tribun-medan.com');
  await page.keyboard.press('Tab');
  const missingColon =
    'The base URL is missing the colon after https (or http): it starts https:// (or http://). It was not saved.';
  await expect(page.getByRole('alert')).toHaveText(missingColon);
  // Another field saved meanwhile leaves the base URL's refusal be: its refused text is still unsaved.
  await page.getByLabel('Copyright line').fill('© 2026 PT Tribun');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await stored()).copyright).toBe('© 2026 PT Tribun');
  await expect(page.getByRole('alert')).toHaveText(missingColon);
  await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(baseUrl).toHaveAccessibleDescription(missingColon);
  await expect(baseUrl).toHaveValue('https//tribun-medan.com');
  expect((await stored()).baseUrl).toBe('https://tribun-medan.com:8080');
});

test('a profile field typed in and not left is saved after a pause, so a reload keeps it', async ({
  page,
  app,
}) => {
  await openApp(page, app, '#/settings');
  const name = page.getByLabel('Publication name');
  await name.fill('Tribun Medan');
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.name)
    .toBe('Tribun Medan');
  await expect(name).toBeFocused();
  await page.reload();
  await expect(page.getByLabel('Publication name')).toHaveValue('Tribun Medan');
});

test('Settings opened straight from its address shows the stored profile, and leaving a field keeps it', async ({
  page,
  app,
}) => {
  await callApi(app, 'settings.update', { publication: { name: 'Tribun Medan', accentColor: '#1a73e8' } });
  // Opened at #/settings, the view appears before or after the stored settings arrive: never with the defaults.
  await openApp(page, app, '#/settings');
  const name = page.getByLabel('Publication name');
  await expect(name).toHaveValue('Tribun Medan');
  await expect(page.getByLabel('Accent colour')).toHaveValue('#1a73e8');
  await name.click();
  await page.getByLabel('Copyright line').click();
  await page.reload();
  await expect(page.getByLabel('Publication name')).toHaveValue('Tribun Medan');
  expect((await callApi(app, 'settings.get', {})).publication).toMatchObject({
    name: 'Tribun Medan',
    accentColor: '#1a73e8',
  });
});

test('a Settings tab opened earlier saves only what is changed in it: tabbing through its old values keeps the newer ones', async ({
  page: first,
  context,
  app,
}) => {
  await callApi(app, 'settings.update', { publication: { name: 'Harian Lama', datelinePrefix: 'LAMA.COM' } });
  await openApp(first, app, '#/settings');
  const earlier = await context.newPage();
  await openApp(earlier, app, '#/settings');
  await expect(earlier.getByLabel('Publication name')).toHaveValue('Harian Lama');

  await first.getByLabel('Publication name').fill('Tribun Medan');
  await first.getByLabel('Dateline prefix').fill('TRIBUN-MEDAN.COM');
  await first.getByLabel('Base URL').click();
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.datelinePrefix)
    .toBe('TRIBUN-MEDAN.COM');

  // The earlier tab still shows the old name and prefix; the editor only passes through them.
  await earlier.getByLabel('Publication name').click();
  await earlier.keyboard.press('Tab'); // publication language
  await earlier.keyboard.press('Tab'); // dateline prefix
  await earlier.keyboard.press('Tab'); // base URL
  await earlier.keyboard.type('tribun-medan.com');
  await earlier.keyboard.press('Tab');
  await expect(earlier.getByLabel('Base URL')).toHaveValue('https://tribun-medan.com');
  expect((await callApi(app, 'settings.get', {})).publication).toMatchObject({
    name: 'Tribun Medan',
    datelinePrefix: 'TRIBUN-MEDAN.COM',
    baseUrl: 'https://tribun-medan.com',
  });
});

test('a Settings tab coming back shows what another tab saved meanwhile, and keeps the text typed in it that is not saved', async ({
  page: first,
  context,
  app,
}) => {
  await openApp(first, app, '#/settings');
  await ownFocus(first);
  const second = await context.newPage();
  await openApp(second, app, '#/settings');
  await ownFocus(second);

  // The second tab's copyright line cannot be saved (the service is unreachable): it stays typed in.
  await second.route('**/api/settings.update', (route) => route.abort());
  await second.getByLabel('Copyright line').fill('© 2026 PT Tribun');
  await second.getByLabel('Base URL').click();
  await expect(second.getByRole('alert')).toContainText('could not be reached');

  await first.bringToFront();
  await first.getByLabel('Publication name').fill('Tribun Medan');
  await first.getByLabel('Dateline prefix').fill('TRIBUN-MEDAN.COM');
  await first.getByLabel('Copyright line').click();
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.datelinePrefix)
    .toBe('TRIBUN-MEDAN.COM');

  await second.bringToFront();
  await expect(second.getByLabel('Publication name')).toHaveValue('Tribun Medan');
  await expect(second.getByLabel('Dateline prefix')).toHaveValue('TRIBUN-MEDAN.COM');
  await expect(second.getByLabel('Copyright line')).toHaveValue('© 2026 PT Tribun');

  await second.unroute('**/api/settings.update');
  await second.getByLabel('Copyright line').click();
  await second.getByLabel('Base URL').click();
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.copyright)
    .toBe('© 2026 PT Tribun');
  expect((await callApi(app, 'settings.get', {})).publication.name).toBe('Tribun Medan');
});

test('a profile field typed in and left at once — by Back, another view or closing the tab — is saved', async ({
  page,
  context,
  app,
}) => {
  await openApp(page, app, '#/articles');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Copyright line').click();
  await page.keyboard.type('© 2026 PT Tribun');
  await page.goBack();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.copyright)
    .toBe('© 2026 PT Tribun');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Publication name').fill('Tribun Medan');
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.name)
    .toBe('Tribun Medan');

  const tab = await context.newPage();
  await openApp(tab, app, '#/settings');
  await tab.getByLabel('Dateline prefix').fill('TRIBUN-MEDAN.COM');
  await tab.close();
  await expect
    .poll(async () => (await callApi(app, 'settings.get', {})).publication.datelinePrefix)
    .toBe('TRIBUN-MEDAN.COM');
});

test('a publication language the service refuses goes back to the stored one, and the refusal is said', async ({
  page,
  app,
}) => {
  await openApp(page, app, '#/settings');
  const language = page.getByLabel('Publication language');
  await expect(language).toHaveValue('id');
  // Restarted on the same address: the tab still holds the old run's access key.
  await app.stop();
  const restarted = await startWebApp(app.dataDir, Number(new URL(app.origin).port));
  try {
    await language.selectOption('en');
    await expect(page.getByRole('alert')).toContainText('access key is no longer valid');
    await expect(language).toHaveValue('id');
    expect((await callApi(restarted, 'settings.get', {})).publication.language).toBe('id');
  } finally {
    await restarted.stop();
  }
});
