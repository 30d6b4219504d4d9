import { expect, openApp, test } from './support/fixtures';
import { importGeneratedPhotos } from './support/photo-files';

test('a tall infographic on the photo desk leaves its Caption field in view, the whole picture shown smaller', async ({
  page,
  app,
}) => {
  await importGeneratedPhotos(app, 1, undefined, () => ({ width: 800, height: 5000 }));
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  await page.getByRole('listbox', { name: 'Photos' }).getByRole('option').first().click();
  const details = page.getByRole('form', { name: 'Photo details' });
  const preview = details.locator('img.rx-photo-preview');
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  const viewport = page.viewportSize()!;
  const caption = (await details.getByLabel('Caption').boundingBox())!;
  expect(caption.y).toBeGreaterThanOrEqual(0);
  expect(caption.y + caption.height).toBeLessThanOrEqual(viewport.height);
  // Not cropped nor squeezed: the preview keeps the picture's 800 × 5000 shape.
  const shown = (await preview.boundingBox())!;
  expect(shown.height).toBeLessThan(viewport.height / 2);
  expect(shown.width / shown.height).toBeCloseTo(800 / 5000, 2);
});
