import { shell, type Session, type WebContents } from 'electron';
import { decideWindowOpen, denyPermissionCheck, denyPermissionRequest, mayNavigate } from './security';

/**
 * Applied to every web contents the app creates (app 'web-contents-created'), so no page, frame or
 * future window escapes the rules: it may not navigate away from app://redaksi/, open windows or embed
 * webviews. Web links go to the system browser.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) {
      // Reviewed for Electronegativity: only http(s) URLs get here (isAllowedExternalUrl).
      const opening = shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
      opening.catch((error: unknown) => console.error('[redaksi] could not open a link:', error));
    }
    return { action: decision.action };
  });
}

/** No web permission is ever granted: camera, notifications, clipboard reads, geolocation… */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(() => false);
}
