/** A tile's shape on the photo desk and in the picker (photos.css): 3:2. */
const TILE_SHAPE = 3 / 2;

/**
 * A tile crops a photo to its shape. A photo more than twice as wide as a tile for its height (a
 * panorama) would leave a sliver of its 240 px rendition — 240 × 10 for 20000 × 800 — enlarged into
 * a blur: it shows whole across the tile instead, on a neutral ground. A tall photo (an infographic)
 * stays cropped: its rendition is as wide as the tile, so the crop is sharp.
 */
export const tileFit = (size: { width: number; height: number }): string =>
  size.width > 2 * TILE_SHAPE * size.height ? 'rx-photo-whole' : '';
