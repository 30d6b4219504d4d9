import { z } from 'zod';

// Where the window opens, as pure functions over plain rectangles so it is tested without a screen.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

/** What the settings file keeps under `window`: the normal (unmaximized) bounds and the maximized flag. */
export const SavedWindow = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});
export type SavedWindow = z.infer<typeof SavedWindow>;

export interface WindowPlacement {
  /** Without x and y Electron centres the window. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

const fitSize = (width: number, height: number, area: Rect) => ({
  width: clamp(width, Math.min(MIN_SIZE.width, area.width), area.width),
  height: clamp(height, Math.min(MIN_SIZE.height, area.height), area.height),
});

/**
 * Restores the saved bounds on the display they overlap most, moved and shrunk to lie wholly in its
 * work area. Bounds on a display that is gone, or unreadable, give a centred default window on the
 * primary display (`workAreas[0]`).
 */
export function placeWindow(saved: unknown, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  const parsed = SavedWindow.safeParse(saved);
  if (!primary) return { bounds: { ...DEFAULT_SIZE }, maximized: parsed.success && parsed.data.maximized };
  if (!parsed.success)
    return { bounds: fitSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), maximized: false };

  const window = parsed.data;
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const shared = overlap(window, area);
    if (shared > bestOverlap) {
      best = area;
      bestOverlap = shared;
    }
  }
  if (!best) return { bounds: fitSize(window.width, window.height, primary), maximized: window.maximized };

  const size = fitSize(window.width, window.height, best);
  return {
    bounds: {
      x: clamp(window.x, best.x, best.x + best.width - size.width),
      y: clamp(window.y, best.y, best.y + best.height - size.height),
      ...size,
    },
    maximized: window.maximized,
  };
}

/** The value to store under `window` when the window closes. */
export function windowToSave(normalBounds: Rect, maximized: boolean): SavedWindow {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}
