import type { Locator } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { importGeneratedPhotos } from './support/photo-files';

// foto-0 a panorama, foto-1 an ordinary wide photo, foto-2 a tall infographic.
const SIZES = [
  { width: 20000, height: 800 },
  { width: 1920, height: 1080 },
  { width: 800, height: 5000 },
];

/**
 * How a tile paints its rendition: object-fit, the scale from the rendition's pixels to the screen's
 * (above 1: enlarged, so blurred) and the painted picture's size against the tile's.
 */
async function painted(image: Locator) {
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  return image.evaluate((img: HTMLImageElement) => {
    const fit = getComputedStyle(img).objectFit;
    const box = img.getBoundingClientRect();
    const [across, down] = [box.width / img.naturalWidth, box.height / img.naturalHeight];
    const scale = fit === 'contain' ? Math.min(across, down) : Math.max(across, down);
    return {
      fit,
      scale,
      widthShown: (img.naturalWidth * scale) / box.width,
      heightShown: (img.naturalHeight * scale) / box.height,
    };
  });
}

/** A panorama's tile shows all of it, never enlarged; the others are cropped to the tile as before. */
async function expectTiles(imageOf: (name: string) => Locator) {
  const panorama = await painted(imageOf('foto-0.png'));
  expect(panorama.fit).toBe('contain');
  expect(panorama.scale).toBeLessThanOrEqual(1);
  expect(panorama.widthShown).toBeCloseTo(1, 2);
  expect(panorama.heightShown).toBeLessThan(0.2);
  for (const name of ['foto-1.png', 'foto-2.png']) {
    const other = await painted(imageOf(name));
    expect(other.fit, name).toBe('cover');
    expect(Math.min(other.widthShown, other.heightShown), name).toBeCloseTo(1, 2);
  }
}

test('a panorama shows whole and sharp in its tile on the photo desk and in the picker, not a sliver enlarged', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await importGeneratedPhotos(app, SIZES.length, 90_000, (index) => SIZES[index]!);
  await openApp(page, app);

  await page.getByRole('button', { name: 'Photo desk' }).click();
  const grid = page.getByRole('listbox', { name: 'Photos' });
  await expectTiles((name) => grid.getByRole('option', { name }).locator('img'));

  await page.getByRole('button', { name: 'Articles', exact: true }).click();
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('button', { name: 'Insert photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Insert photo' });
  await expectTiles((name) =>
    picker.getByRole('list', { name: 'Photos' }).getByRole('button', { name }).locator('img'),
  );
});
