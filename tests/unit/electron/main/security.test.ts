import { describe, expect, it } from 'vitest';
import {
  WEB_PREFERENCES,
  decideWindowOpen,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedExternalUrl,
  isAppUrl,
  mayNavigate,
} from '../../../../electron/main/security';

describe('the window web preferences (QUALITY.md R11)', () => {
  it('isolate the page from Node and Electron', () => {
    expect(WEB_PREFERENCES.contextIsolation).toBe(true);
    expect(WEB_PREFERENCES.sandbox).toBe(true);
    expect(WEB_PREFERENCES.nodeIntegration).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInWorker).toBe(false);
    expect(WEB_PREFERENCES.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keep the web platform protections on', () => {
    expect(WEB_PREFERENCES.webSecurity).toBe(true);
    expect(WEB_PREFERENCES.allowRunningInsecureContent).toBe(false);
    expect(WEB_PREFERENCES.experimentalFeatures).toBe(false);
    expect(WEB_PREFERENCES.webviewTag).toBe(false);
  });

  it('turn off middle-click, another way for a page to ask for a window', () => {
    expect(WEB_PREFERENCES.disableBlinkFeatures).toBe('Auxclick');
  });

  it('check spelling, which an editor needs', () => {
    expect(WEB_PREFERENCES.spellcheck).toBe(true);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://www.tribunnews.com/news', 'http://example.org/', 'HTTPS://Example.org/a?b=c#d'])(
    'lets the system browser open %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://redaksi/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox(1)',
    'mailto:desk@example.org',
    'ftp://example.org/file',
    'not a url',
    '//example.org/no-scheme',
    'http://',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('isAppUrl and navigation', () => {
  it.each(['app://redaksi/index.html', 'app://redaksi/', 'app://redaksi/assets/index-abc.js?x=1#top'])(
    'accepts the bundled renderer page %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
      expect(mayNavigate(url)).toBe(true);
    },
  );

  it.each([
    'app://evil/index.html',
    'app://redaksi.evil.com/index.html',
    'app://user@redaksi/index.html',
    'app://redaksi:8080/index.html',
    'https://redaksi/index.html',
    'file:///work/main/out/renderer/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(mayNavigate(url)).toBe(false);
  });
});

describe('new windows', () => {
  it('are always denied; web links go to the system browser', () => {
    expect(decideWindowOpen('https://example.org/')).toEqual({ action: 'deny', openExternally: true });
  });

  it('are denied without opening anything for other schemes', () => {
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('app://redaksi/index.html')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('web permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses a request for %s',
    (permission) => {
      const answers: boolean[] = [];
      denyPermissionRequest(null, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    },
  );

  it('answers every permission check with no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});
