import { describe, expect, it } from 'vitest';
import { MAX_RENDITION_HEIGHT, renditionSize } from '../../../../shared/api/photo';

describe('the size of a photo’s rendition', () => {
  it('is the asked width with the photo’s proportions, never upscaled', () => {
    expect(renditionSize({ width: 6000, height: 4000 }, 1600)).toEqual({ width: 1600, height: 1067 });
    expect(renditionSize({ width: 1200, height: 800 }, 1600)).toEqual({ width: 1200, height: 800 });
  });

  it('is narrower for a photo so tall that the width would pass WebP’s 16383 px a side', () => {
    expect(renditionSize({ width: 1080, height: 18_000 }, 1600)).toEqual({ width: 982, height: 16_367 });
    expect(renditionSize({ width: 1080, height: 18_000 }, 960)).toEqual({ width: 960, height: 16_000 });
    // A strip one pixel wide: squeezed rather than refused, still within the limit.
    expect(renditionSize({ width: 1, height: 100_000 }, 240)).toEqual({
      width: 1,
      height: MAX_RENDITION_HEIGHT,
    });
    // A panorama one pixel tall keeps at least one row.
    expect(renditionSize({ width: 100_000, height: 1 }, 240)).toEqual({ width: 240, height: 1 });
  });
});
