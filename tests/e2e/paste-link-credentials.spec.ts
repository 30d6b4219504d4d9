import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { alert, storedTextsOf } from './support/pages';
import { pastePlain } from './support/paste';
import { selectText } from './support/selection';

const REFUSED =
  'Nothing was pasted: that address names a user name or password (the part before @), which every reader of the article would see. Paste it without them.';

test('an address naming a user or password pasted over selected words links nothing, keeps the words and says why', async ({
  page,
  app,
}) => {
  const seeded = await seedArticle(app, {
    headline: 'Tempel tautan dengan kata sandi',
    body: ['Baca laporan lengkap di arsip.'],
  });
  const watch = await openApp(page, app, `#/article/${seeded.id}`);
  for (const pasted of ['https://user:rahasia@arsip.example/berita', ' http://editor@arsip.example/ ']) {
    await selectText(page, 'laporan lengkap');
    await pastePlain(body(page), pasted);
    await expect(alert(page)).toContainText(REFUSED);
    await expect(body(page)).toHaveText('Baca laporan lengkap di arsip.');
    await expect(body(page).locator('a')).toHaveCount(0);
    await alert(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert(page)).toHaveCount(0);
  }
  // Without them, the same paste links the words.
  await selectText(page, 'laporan lengkap');
  await pastePlain(body(page), 'https://arsip.example/berita');
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://arsip.example/berita');
  await expect(body(page)).toHaveText('Baca laporan lengkap di arsip.');
  await expectSaved(page);
  expect(await storedTextsOf(app, seeded.id, 'link')).toEqual(['laporan lengkap']);
  const stored = JSON.stringify((await callApi(app, 'articles.get', { id: seeded.id })).body);
  expect(stored).not.toContain('rahasia');
  expect(stored).not.toContain('editor@');
  expect(watch.problems).toEqual([]);
});
