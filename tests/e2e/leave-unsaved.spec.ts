import type { Page } from '@playwright/test';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, saveStatus, test } from './support/fixtures';
import { startWebApp } from './support/web-app';

const guard = (page: Page) => page.getByRole('alertdialog', { name: 'Leave without saving?' });

test('a save that fails holds every way out of the article and asks; staying keeps the text, and a retry that saves goes on', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Banjir di Medan', body: ['Air naik.'] });
  await openApp(page, app);
  await page.getByRole('link', { name: 'Banjir di Medan' }).click();
  const editor = body(page);
  await editor.getByText('Air naik.').click();
  await page.keyboard.press('End');

  // The service stops answering saves (the network to it is cut).
  await page.route('**/api/articles.save', (route) => route.abort());
  await page.keyboard.type(' Warga mengungsi.');
  await expect(saveStatus(page)).toHaveText(/^Not saved:/);

  // The app's own button: held, with the reason, and the focus on "Stay".
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(guard(page)).toContainText('The latest changes to “Banjir di Medan” could not be saved');
  await expect(guard(page)).toContainText('could not be reached');
  await expect(page.getByRole('button', { name: 'Stay with the article' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(guard(page)).toBeHidden();
  await expect(editor).toContainText('Air naik. Warga mengungsi.');
  // Staying goes back to writing, where the caret was.
  await expect(editor).toBeFocused();
  await page.keyboard.type(' Hujan.');
  await expect(editor).toContainText('Air naik. Warga mengungsi. Hujan.');

  // The browser's Back: the address goes back to the article while the question is open.
  await page.goBack();
  await expect(guard(page)).toBeVisible();
  // Put back by history.go, which the browser carries out after the question is shown.
  await expect.poll(() => new URL(page.url()).hash).toBe(`#/article/${article.id}`);
  await page.getByRole('button', { name: 'Stay with the article' }).click();
  await expect(editor).toContainText('Air naik. Warga mengungsi. Hujan.');

  // The service answers again: "Try saving again" saves and goes where the editor was going.
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(guard(page)).toBeVisible();
  await page.unroute('**/api/articles.save');
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect(guard(page)).toBeHidden();
  const stored = await callApi(app, 'articles.get', { id: article.id });
  expect(JSON.stringify(stored.body)).toContain('Air naik. Warga mengungsi. Hujan.');
});

test('after Redaksi restarts, an old tab is told its access key is stale; leaving without saving is the editor’s choice', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Gempa', body: ['Pertama.'] });
  await openApp(page, app, `#/article/${article.id}`);
  await body(page).getByText('Pertama.').click();
  await page.keyboard.press('End');
  await expectSaved(page);

  // Restarted on the same address: the tab still holds the old run's access key.
  await app.stop();
  const restarted = await startWebApp(app.dataDir, Number(new URL(app.origin).port));
  try {
    await page.keyboard.type(' Kedua.');
    await expect(saveStatus(page)).toContainText('Redaksi was restarted after the tab was opened');
    // The status line offers the copy too, and says where the text went.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.locator('.rx-status-line').getByRole('button', { name: 'Copy the text' }).click();
    await expect(page.locator('.rx-status-line')).toContainText(
      'The headline, lead and body are on the clipboard',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Gempa\n\nPertama. Kedua.');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', { name: 'Photo desk', exact: true }).click();
    await expect(guard(page)).toContainText('access key is no longer valid');
    // No save can work from this tab: no retry is offered, and the text can be copied instead.
    await expect(guard(page).getByRole('button', { name: 'Try saving again' })).toHaveCount(0);
    await guard(page).getByRole('button', { name: 'Copy the text' }).click();
    await expect(guard(page)).toContainText('The headline, lead and body are on the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Gempa\n\nPertama. Kedua.');

    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await expect(guard(page)).toBeHidden();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/photos');
    // The desk says why it shows nothing, and does not claim the library is empty.
    await expect(page.getByRole('alert')).toContainText('access key is no longer valid');
    await expect(page.getByText('No photos yet', { exact: false })).toHaveCount(0);
    const stored = await callApi(restarted, 'articles.get', { id: article.id });
    expect(JSON.stringify(stored.body)).not.toContain('Kedua.');
  } finally {
    await restarted.stop();
  }
});

test('closing the tab with a change not saved asks first (the browser’s own prompt); with everything saved it closes at once', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Tutup', body: ['Satu.'] });
  await openApp(page, app, `#/article/${article.id}`);
  await body(page).getByText('Satu.').click();
  await page.keyboard.press('End');
  await page.route('**/api/articles.save', (route) => route.abort());
  await page.keyboard.type(' Dua.');
  await expect(saveStatus(page)).toHaveText(/^Not saved:/);

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss(); // stay
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await expect(body(page)).toContainText('Satu. Dua.');

  // The service answers again: Ctrl+S saves, and the tab closes without a question.
  await page.unroute('**/api/articles.save');
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});

test('Back held by a failed save keeps the tab’s history as walked, and a retry the editor walked away from does not move them', async ({
  page,
  app,
}) => {
  const article = await seedArticle(app, { headline: 'Riwayat', body: ['Awal.'] });
  await openApp(page, app);
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await page.getByRole('link', { name: 'Riwayat' }).click();
  await body(page).getByText('Awal.').click();
  await page.keyboard.press('End');
  // Saves fail until the service answers again, which the test decides (one handler, no gap between).
  let answer = () => {};
  let answering: Promise<void> | null = null;
  await page.route('**/api/articles.save', async (route) => {
    if (!answering) return route.abort();
    await answering;
    await route.continue();
  });
  await page.keyboard.type(' Lanjut.');
  await expect(saveStatus(page)).toHaveText(/^Not saved:/);

  // Back, Stay — three times: the article stays, and so does the history behind it.
  for (let round = 0; round < 3; round += 1) {
    await page.goBack();
    await expect(guard(page)).toBeVisible();
    await page.getByRole('button', { name: 'Stay with the article' }).click();
    await expect(guard(page)).toBeHidden();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/article/${article.id}`);
  }

  // Try saving again, then Stay before the answer: when the save goes through, the editor is still here.
  await page.goBack();
  await expect(guard(page)).toBeVisible();
  answering = new Promise<void>((resolve) => (answer = resolve));
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await page.getByRole('button', { name: 'Stay with the article' }).click();
  answer();
  await expectSaved(page);
  await expect(guard(page)).toBeHidden();
  expect(new URL(page.url()).hash).toBe(`#/article/${article.id}`);
  await expect(body(page)).toContainText('Awal. Lanjut.');

  // Saved now: Back goes to the list, and Back again to Sources, as walked.
  await page.goBack();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search sources' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(body(page)).toContainText('Awal. Lanjut.');
});
