import { body, expect, openApp, test } from './support/fixtures';

test('an empty body’s placeholder sits on its first line, clear of the toolbar however it wraps', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New article' }).click();
  const placeholder = page.locator('.rx-body-placeholder');
  await expect(placeholder).toHaveText('Write the story…');
  for (const width of [1280, 640, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const [toolbar, editable, shown] = await Promise.all([
      page
        .getByRole('toolbar', { name: /format/i })
        .first()
        .boundingBox(),
      body(page).boundingBox(),
      placeholder.boundingBox(),
    ]);
    expect(shown!.y, `${width} px: under the toolbar`).toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height);
    expect(shown!.y, `${width} px: inside the body`).toBeGreaterThanOrEqual(editable!.y);
    expect(shown!.y + shown!.height, `${width} px: inside the body`).toBeLessThanOrEqual(
      editable!.y + editable!.height,
    );
    expect(shown!.x + shown!.width, `${width} px: within the window`).toBeLessThanOrEqual(width);
  }
});
