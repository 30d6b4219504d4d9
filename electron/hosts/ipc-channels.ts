import type { MenuAction } from '../../shared/api/bridge';

// Kept free of imports with side effects: the sandboxed preload bundles this file, the main process reads it too.

/** The one channel contract calls travel on. */
export const CALL_CHANNEL = 'redaksi:call';

/** Renderer → main: show an exported package in the file manager (the path is checked in main). */
export const REVEAL_CHANNEL = 'redaksi:reveal';

/** Main → renderer: a menu command, always one of MENU_ACTIONS. */
export const MENU_CHANNEL = 'redaksi:menu';

const ALL_MENU_ACTIONS: Record<MenuAction, true> = { 'new-article': true, undo: true, redo: true };

/** Every MenuAction, listed once; the Record above makes the compiler flag a missing one. */
export const MENU_ACTIONS = Object.keys(ALL_MENU_ACTIONS) as MenuAction[];

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ALL_MENU_ACTIONS, value);
}
