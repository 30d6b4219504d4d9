import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow, windowToSave } from '../../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 876 };
// A second monitor to the right of the laptop.
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('restores the saved place when it is on a screen', () => {
    const saved = { x: 100, y: 80, width: 1100, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop, monitor])).toEqual({
      bounds: { x: 100, y: 80, width: 1100, height: 700 },
      maximized: false,
    });
  });

  it('restores a window on the second monitor and its maximized state', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(placeWindow(saved, [laptop, monitor])).toEqual({
      bounds: { x: 2000, y: 100, width: 1600, height: 1000 },
      maximized: true,
    });
  });

  it('brings back a window whose monitor was unplugged, centred on the primary screen', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: false };
    const placement = placeWindow(saved, [laptop]);
    expect(placement.bounds.x).toBeUndefined();
    expect(placement.bounds.y).toBeUndefined();
    expect(placement.bounds.width).toBeLessThanOrEqual(laptop.width);
    expect(placement.bounds.height).toBeLessThanOrEqual(laptop.height);
  });

  it('pulls a window hanging off the edge back inside the screen it mostly covers', () => {
    const saved = { x: 1300, y: -200, width: 1000, height: 700, maximized: false };
    const { bounds } = placeWindow(saved, [laptop]);
    expect(bounds).toEqual({ x: 440, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its screen to fit', () => {
    const saved = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 876 });
  });

  it('keeps the minimum size unless the screen is smaller still', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toMatchObject({
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    });
    const tiny = { x: 0, y: 0, width: 640, height: 480 };
    expect(placeWindow(saved, [tiny]).bounds).toMatchObject({ width: 640, height: 480 });
  });

  it.each([
    undefined,
    null,
    'big',
    { x: 'a' },
    { x: 1, y: 2, width: -5, height: 10 },
    { x: NaN, y: 0, width: 1, height: 1 },
  ])('opens a default window when the saved value is %j', (saved) => {
    expect(placeWindow(saved, [laptop])).toEqual({
      bounds: { width: DEFAULT_SIZE.width, height: Math.min(DEFAULT_SIZE.height, laptop.height) },
      maximized: false,
    });
  });
});

describe('windowToSave', () => {
  it('stores whole pixels and the maximized flag, which placeWindow reads back', () => {
    const saved = windowToSave({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true);
    expect(saved).toEqual({ x: 10, y: 21, width: 1000, height: 701, maximized: true });
    expect(placeWindow(JSON.parse(JSON.stringify(saved)), [laptop])).toEqual({
      bounds: { x: 10, y: 21, width: 1000, height: 701 },
      maximized: true,
    });
  });
});
