import { describe, expect, it } from 'vitest';
import { MENU_GAP_PX, MENU_MIN_PX, placeMenu } from '../../../../renderer/editor/menuPlacement';

const menu = { width: 224, height: 220 };
/** A caret line 24 px tall at `top`, 100 px from the left. */
const caretAt = (top: number) => ({ top, bottom: top + 24, left: 100 });

describe('placeMenu', () => {
  it('opens under the caret line when the menu fits there', () => {
    const spot = placeMenu({ caret: caretAt(100), menu, band: { top: 50, bottom: 700 }, windowWidth: 1024 });
    expect(spot).toEqual({ top: 124 + MENU_GAP_PX, left: 100, maxHeight: null });
  });

  it('opens over the caret line near the status line, ending above the line', () => {
    const spot = placeMenu({ caret: caretAt(500), menu, band: { top: 50, bottom: 660 }, windowWidth: 1024 });
    expect(spot.maxHeight).toBeNull();
    expect(spot.top + menu.height).toBe(500 - MENU_GAP_PX);
    expect(spot.top).toBeGreaterThanOrEqual(50);
  });

  it('with room for it on neither side, takes the roomier side and is held to it', () => {
    // 320 × 256 with a wrapped toolbar: 100 px of bars above, 30 below.
    const below = placeMenu({ caret: caretAt(110), menu, band: { top: 100, bottom: 226 }, windowWidth: 320 });
    expect(below.top).toBe(134 + MENU_GAP_PX);
    expect(below.top + below.maxHeight!).toBe(226 - MENU_GAP_PX);
    const above = placeMenu({ caret: caretAt(190), menu, band: { top: 100, bottom: 226 }, windowWidth: 320 });
    expect(above.top).toBe(100 + MENU_GAP_PX);
    expect(above.top + above.maxHeight!).toBe(190 - MENU_GAP_PX);
  });

  it('is never squeezed under two options', () => {
    const spot = placeMenu({ caret: caretAt(60), menu, band: { top: 40, bottom: 110 }, windowWidth: 320 });
    expect(spot.maxHeight).toBe(MENU_MIN_PX);
  });

  it('moves left to end inside the window, but never past its left edge', () => {
    expect(
      placeMenu({
        caret: { ...caretAt(100), left: 200 },
        menu,
        band: { top: 0, bottom: 700 },
        windowWidth: 320,
      }).left,
    ).toBe(320 - MENU_GAP_PX - 224);
    expect(
      placeMenu({
        caret: { ...caretAt(100), left: 200 },
        menu: { ...menu, width: 400 },
        band: { top: 0, bottom: 700 },
        windowWidth: 320,
      }).left,
    ).toBe(MENU_GAP_PX);
  });
});
