import type { WebFrameMain } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { isTrustedSender, registerIpc, type CallEvent } from '../../../../electron/hosts/ipc';
import { CALL_CHANNEL } from '../../../../electron/hosts/ipc-channels';
import { openTestServices, type TestServices } from '../../support/services';
import { appWindow, fromAppPage, otherWindow, recordIpcMain } from './ipc-main-recorder';

describe('isTrustedSender', () => {
  it.each(['app://redaksi/index.html', 'app://redaksi/', 'app://redaksi/index.html#/articles'])(
    'trusts the top frame of Redaksi’s window at %s',
    (url) => expect(isTrustedSender(url, true)).toBe(true),
  );

  it('refuses the app page when it is a subframe or another window', () => {
    expect(isTrustedSender('app://redaksi/index.html', false)).toBe(false);
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:5173/',
    'file:///work/main/out/renderer/index.html',
    'app://evil/index.html',
    'app://redaksi.evil/index.html',
    'about:blank',
    'data:text/html,hi',
    '',
    undefined,
  ])('refuses a frame at %s', (url) => expect(isTrustedSender(url, true)).toBe(false));
});

describe('registerIpc', () => {
  let opened: TestServices | undefined;
  afterEach(() => opened?.close());

  async function wired() {
    opened = await openTestServices();
    const ipcMain = recordIpcMain();
    const unregister = registerIpc(ipcMain, opened.services.handlers, (sender) => sender === appWindow);
    return { ipcMain, unregister, services: opened };
  }

  it('listens on the one fixed channel and can be removed', async () => {
    const { ipcMain, unregister } = await wired();
    expect(ipcMain.channels()).toEqual([CALL_CHANNEL]);
    unregister();
    expect(ipcMain.channels()).toEqual([]);
  });

  it('runs a contract call from Redaksi’s own page against the real services', async () => {
    const { ipcMain } = await wired();
    const created = await ipcMain.invoke(CALL_CHANNEL, fromAppPage(), 'articles.create', {
      headline: 'Banjir',
    });
    expect(created).toMatchObject({ ok: true, value: { headline: 'Banjir' } });
    const list = await ipcMain.invoke(CALL_CHANNEL, fromAppPage(), 'articles.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ headline: 'Banjir' }] });
  });

  const foreign: Array<[string, CallEvent]> = [
    [
      'another window',
      { senderFrame: { url: 'app://redaksi/index.html', parent: null }, sender: otherWindow },
    ],
    [
      'a subframe',
      { senderFrame: { url: 'app://redaksi/index.html', parent: {} as WebFrameMain }, sender: appWindow },
    ],
    [
      'a page from the web',
      { senderFrame: { url: 'https://example.org/', parent: null }, sender: appWindow },
    ],
    ['a file page', { senderFrame: { url: 'file:///tmp/x.html', parent: null }, sender: appWindow }],
    ['a frame already gone', { senderFrame: null, sender: appWindow }],
  ];

  it.each(foreign)('refuses %s with FORBIDDEN and writes nothing', async (_name, event) => {
    const { ipcMain, services } = await wired();
    const result = await ipcMain.invoke(CALL_CHANNEL, event, 'articles.create', { headline: 'Forged' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await services.ok('articles.list', {})).toEqual([]);
  });

  it('answers unknown methods and bad input with typed errors, never a throw', async () => {
    const { ipcMain } = await wired();
    expect(
      await ipcMain.invoke(CALL_CHANNEL, fromAppPage(), 'fs.readFile', { path: '/etc/passwd' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(
      await ipcMain.invoke(CALL_CHANNEL, fromAppPage(), 'articles.list', { limit: 'all' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(
      await ipcMain.invoke(CALL_CHANNEL, fromAppPage(), { toString: 'articles.list' }, null),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });
});
