// The window's security rules as plain data and pure functions, so they are unit tested without
// Electron (QUALITY.md R11); window.ts and index.ts only wire them to Electron's events.
import type { WebPreferences } from 'electron';
import { isAppUrl } from '../hosts/app-url';

export { isAppUrl };

/** The window's web preferences minus the preload path, which is only known at run time. */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: true,
  // Middle-click (auxclick) would otherwise be another way for a page to ask for a new window.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences;

/** The preferences every Redaksi window is created with: exactly WEB_PREFERENCES, plus the preload. */
export type SecureWebPreferences = typeof WEB_PREFERENCES & { preload: string };

/** Links the system browser may open: web pages only, never file:, javascript:, data: or app schemes. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}

/** Navigation inside the window is allowed only between pages of the app itself. */
export const mayNavigate = (url: string): boolean => isAppUrl(url);

export interface WindowOpenDecision {
  action: 'deny';
  /** Whether to hand the URL to the system browser instead. */
  openExternally: boolean;
}

/** No page ever opens an Electron window; web links go to the system browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}

/** Redaksi needs no web permission (camera, notifications, geolocation…): every request is refused. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}
