import { callApi } from './support/api';
import { body, expect, openApp, test } from './support/fixtures';
import { dropJpeg, noisePhoto } from './support/photo-files';

const largePhoto = async (): Promise<string> => (await noisePhoto(5000, 3500)).toString('base64');

test('a dropped photo that arrives while the editor types in Lead leaves the focus and the typing there', async ({
  page,
  app,
}) => {
  const data = await largePhoto();
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await page.keyboard.type('Sebelum foto.');
  await dropJpeg(body(page).locator('p').first(), data);

  const lead = page.getByLabel('Lead');
  await lead.click();
  const figure = body(page).locator('figure.rx-photo');
  const typed: string[] = [];
  // Type on until the photo is placed, then a few words more.
  let arrived = -1;
  while (arrived === -1 || typed.length < arrived + 3) {
    const word = `kata${typed.length}`;
    await page.keyboard.type(`${word} `, { delay: 20 });
    typed.push(word);
    if (arrived === -1 && (await figure.count()) > 0) arrived = typed.length;
    if (typed.length > 400) throw new Error('the photo never arrived');
  }
  expect(arrived).toBeGreaterThan(1); // the photo did arrive while Lead was being typed in
  await expect(lead).toBeFocused();
  await expect(lead).toHaveValue(`${typed.join(' ')} `);
  await expect(body(page).locator('p').first()).toHaveText('Sebelum foto.');
  // The photo placed behind the editor's back works as any other: it moves up at a click.
  await figure.getByRole('button', { name: 'Move photo up' }).click();
  await expect
    .poll(() =>
      body(page).evaluate((root) =>
        [...root.children]
          .filter((child) => child.tagName !== 'IMG')
          .map((child) => (child.querySelector('figure') ? 'photo' : child.tagName)),
      ),
    )
    .toEqual(['photo', 'P', 'P']);
});

test('leaving the article while a dropped photo imports waits for it: the photo is placed and saved', async ({
  page,
  app,
}) => {
  const data = await largePhoto();
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Foto dijatuhkan');
  await body(page).click();
  await page.keyboard.type('Sebelum foto.');
  await dropJpeg(body(page).locator('p').first(), data);
  await expect(page.getByText(/0 of 1 photo/)).toBeVisible();
  await page.getByRole('button', { name: 'Articles', exact: true }).click();

  await expect(page.getByRole('link', { name: /Foto dijatuhkan/ })).toBeVisible({ timeout: 60_000 });
  const [summary] = await callApi(app, 'articles.list', {});
  const stored = await callApi(app, 'articles.get', { id: summary!.id });
  expect(stored.body.root.children.map((block) => block.type)).toContain('photo');
});
