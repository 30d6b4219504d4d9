import type { CallApi } from './contract';

/** Commands the application menu sends to the renderer. */
export type MenuAction = 'new-article' | 'undo' | 'redo';

/**
 * What the Electron preload exposes as `window.redaksi`. Browser mode provides the same `call` over
 * HTTP; `onMenu` exists only where there is a native menu.
 */
export type RedaksiBridge = {
  call: CallApi;
  /** Subscribes to menu commands; returns the function that unsubscribes. */
  onMenu?: (callback: (action: MenuAction) => void) => () => void;
  /** Shows an exported package's folder in the file manager; false when it is not one. Electron only. */
  revealFolder?: (folder: string) => Promise<boolean>;
};
