import type { Locator } from '@playwright/test';
import sharp from 'sharp';
import { callApi } from './api';
import { expect } from './fixtures';
import type { WebApp } from './web-app';

/**
 * A camera-sized JPEG of noise: it does not compress, so its import (decode, eight renditions) takes
 * a few seconds on this machine — long enough to act while it runs. `mean` makes each one distinct.
 */
export const noisePhoto = (width: number, height: number, mean = 128): Promise<Buffer> =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 128, g: 128, b: 128 },
      noise: { type: 'gaussian', mean, sigma: 40 },
    },
  })
    .jpeg({ quality: 92 })
    .toBuffer();

/** Drops a JPEG file on the end of `target`, as a file dragged from the desktop. */
export async function dropJpeg(target: Locator, data: string, name = 'kamera.jpg'): Promise<void> {
  const box = (await target.boundingBox())!;
  await target.evaluate(
    (element, { data, name, x, y }) => {
      const binary = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([binary], name, { type: 'image/jpeg' }));
      const init = { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: x, clientY: y };
      element.dispatchEvent(new DragEvent('dragover', init));
      element.dispatchEvent(new DragEvent('drop', init));
    },
    { data, name, x: box.x + box.width - 2, y: box.y + box.height / 2 },
  );
}

/** Pastes a JPEG file into `target`, as one copied in a file manager (the clipboard holds the file alone). */
export async function pasteJpeg(target: Locator, data: string, name = 'kamera.jpg'): Promise<void> {
  await target.evaluate(
    (element, { data, name }) => {
      const binary = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([binary], name, { type: 'image/jpeg' }));
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    { data, name },
  );
}

/**
 * `count` distinct small PNGs (`foto-0.png` …, each its own colour, 24×16 unless `size` says other),
 * imported in one job through the contract, oldest first; returns their photo ids.
 */
export async function importGeneratedPhotos(
  app: WebApp,
  count: number,
  timeout = 60_000,
  size: (index: number) => { width: number; height: number } = () => ({ width: 24, height: 16 }),
): Promise<string[]> {
  const files = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      sharp({
        create: { ...size(i), channels: 3, background: { r: i % 256, g: (i >> 8) * 60, b: 90 } },
      })
        .png()
        .toBuffer(),
    ),
  );
  const job = await callApi(app, 'photos.importBegin', {
    files: files.map((bytes, i) => ({ name: `foto-${i}.png`, size: bytes.length })),
  });
  for (const [index, bytes] of files.entries())
    await callApi(app, 'photos.importFile', { jobId: job.id, index, data: bytes.toString('base64') });
  await expect
    .poll(async () => (await callApi(app, 'photos.importStatus', { jobId: job.id })).done, { timeout })
    .toBe(count);
  const status = await callApi(app, 'photos.importStatus', { jobId: job.id });
  return status.files.map((file) => file.photoId!);
}
