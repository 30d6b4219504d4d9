// The address the bundled renderer is served from inside Electron; pure, shared by main and the IPC host.

export const APP_SCHEME = 'app';
export const APP_HOST = 'redaksi';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** A page of the bundled renderer: app://redaksi/… and nothing else (no other host, user or port). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}
