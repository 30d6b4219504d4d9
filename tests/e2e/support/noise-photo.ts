import sharp from 'sharp';

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
