import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

// Electron's binary cannot run here: its module is replaced by the one function the guards call, so
// the test sees what they do with Electron's events (R11), the decisions themselves being security.ts's.
const openExternal = vi.fn(() => Promise.resolve());
vi.mock('electron', () => ({ shell: { openExternal } }));
const { guardSession, guardWebContents } = await import('../../../../electron/main/guards');

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** A web contents as the guards use it: events, and the one window-open handler. */
class Contents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  setWindowOpenHandler(handler: OpenHandler) {
    this.openHandler = handler;
  }
  /** Emits an event the way Electron does; says whether a guard prevented it. */
  attempt(name: string, url: string): boolean {
    let prevented = false;
    this.emit(name, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

beforeEach(() => openExternal.mockClear());

describe('the guards on every web contents (R11)', () => {
  it('stop navigation away from the app, in the page and in any frame, and refuse webviews', () => {
    const contents = new Contents();
    guardWebContents(contents as unknown as WebContents);
    for (const event of ['will-navigate', 'will-frame-navigate']) {
      expect(contents.attempt(event, 'https://evil.example/'), event).toBe(true);
      expect(contents.attempt(event, 'file:///etc/passwd'), event).toBe(true);
      expect(contents.attempt(event, 'app://redaksi/index.html'), event).toBe(false);
    }
    expect(contents.attempt('will-attach-webview', 'app://redaksi/index.html')).toBe(true);
  });

  it('open no window: a web link goes to the system browser, anything else nowhere', () => {
    const contents = new Contents();
    guardWebContents(contents as unknown as WebContents);
    expect(contents.openHandler!({ url: 'https://www.voanews.com/a/kim' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.voanews.com/a/kim');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://redaksi/index.html', 'smb://x/y'])
      expect(contents.openHandler!({ url }), url).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('grant no web permission on the session, asked or checked, nor any device', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: never) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: never) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: never) => (handlers.device = handler),
    };
    guardSession(session as unknown as Session);
    const answers: boolean[] = [];
    handlers.request!({}, 'media', (granted: boolean) => answers.push(granted));
    handlers.request!({}, 'notifications', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(handlers.check!({}, 'clipboard-read')).toBe(false);
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false);
  });
});
