import type { Band } from './inSight';

/** Space kept between the caret's line and the menu, and between the menu and a bar or edge. */
export const MENU_GAP_PX = 4;
/** The least height a menu is squeezed to (two options); below it, it may reach under a bar. */
export const MENU_MIN_PX = 64;

export interface MenuPlacementInput {
  /** The caret's line, in window coordinates. */
  caret: { top: number; bottom: number; left: number };
  /** The menu's own size, with no height limit. */
  menu: { width: number; height: number };
  /** Where the text is in sight, top to bottom; and the window's width. */
  band: Band;
  windowWidth: number;
}

/** Where the menu goes, in window coordinates, and the height it is held to (null: its own). */
export interface MenuPlacement {
  top: number;
  left: number;
  maxHeight: number | null;
}

/**
 * A menu at the caret opens under its line when it fits there, else over it when it fits there,
 * else on the roomier side, held to that room (it scrolls). Sideways it starts at the caret and is
 * moved left as far as needed to end inside the window.
 */
export function placeMenu({ caret, menu, band, windowWidth }: MenuPlacementInput): MenuPlacement {
  const below = caret.bottom + MENU_GAP_PX;
  const above = caret.top - MENU_GAP_PX;
  const roomBelow = band.bottom - MENU_GAP_PX - below;
  const roomAbove = above - (band.top + MENU_GAP_PX);
  const left = Math.max(MENU_GAP_PX, Math.min(caret.left, windowWidth - MENU_GAP_PX - menu.width));
  if (menu.height <= roomBelow) return { top: below, left, maxHeight: null };
  if (menu.height <= roomAbove) return { top: above - menu.height, left, maxHeight: null };
  if (roomBelow >= roomAbove) return { top: below, left, maxHeight: Math.max(roomBelow, MENU_MIN_PX) };
  const height = Math.max(roomAbove, MENU_MIN_PX);
  return { top: above - height, left, maxHeight: height };
}
