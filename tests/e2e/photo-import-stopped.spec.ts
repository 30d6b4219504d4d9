import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, openApp, test } from './support/fixtures';
import { noisePhoto } from './support/photo-files';

test('an import whose service stops says which files it could not finish, and the desk can import again', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  // Camera-sized photos of noise: each takes a while to decode and shrink, so the service is
  // stopped with files still to do.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'redaksi-e2e-stop-'));
  const files: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const file = path.join(folder, `kamera-${i}.jpg`);
    fs.writeFileSync(file, await noisePhoto(4500, 3000, 120 + i));
    files.push(file);
  }
  await openApp(page, app);
  await page.getByRole('button', { name: 'Photo desk' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import photos' }).click();
  await (await chooser).setFiles(files);
  await expect(page.getByText(/^[1-4] of 5 photos/)).toBeVisible({ timeout: 60_000 });
  await app.stop('SIGKILL');

  // The files not done are named with what happened; the desk's Import photos works again.
  await expect(
    page.getByText(/the import stopped before Redaksi could say how this file went/).first(),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('button', { name: 'Import photos' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Cancel import' })).toHaveCount(0);
});
