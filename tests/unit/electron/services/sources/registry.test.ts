import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../support/services';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

const names = (list: Array<{ name: string }>) => list.map((source) => source.name);

describe('the source registry', () => {
  it('creates people, organisations, outlets and agencies with their role, organisation, address and notes', async () => {
    const sullivan = await services.ok('sources.create', {
      kind: 'person',
      name: '  Jake Sullivan ',
      role: 'National Security Adviser',
      organisation: 'US National Security Council',
      url: 'https://www.whitehouse.gov/nsc/',
      notes: 'Spoke at the 13 September briefing.',
    });
    expect(sullivan).toMatchObject({
      kind: 'person',
      name: 'Jake Sullivan',
      role: 'National Security Adviser',
      organisation: 'US National Security Council',
      usageCount: 0,
    });
    const voa = await services.ok('sources.create', { kind: 'outlet', name: 'Voice of America (VoA)' });
    expect(voa).toMatchObject({ role: '', organisation: '', url: '', notes: '' });
    expect(names(await services.ok('sources.list', {}))).toEqual(['Jake Sullivan', 'Voice of America (VoA)']);
  });

  it('finds sources by a few letters of the name, role or organisation, accents and case ignored, names starting with it first', async () => {
    for (const [kind, name, organisation] of [
      ['person', 'Dmitry Peskov', 'Kremlin'],
      ['organisation', 'Kremlin', ''],
      ['person', 'Andreï Kélin', 'Kedutaan Besar Rusia'],
      ['agency', 'Agence France-Presse (AFP)', ''],
    ] as const) {
      await services.ok('sources.create', { kind, name, organisation });
    }
    expect(names(await services.ok('sources.list', { query: 'krem' }))).toEqual(['Kremlin', 'Dmitry Peskov']);
    expect(names(await services.ok('sources.list', { query: 'KELIN' }))).toEqual(['Andreï Kélin']);
    expect(names(await services.ok('sources.list', { query: 'afp' }))).toEqual([
      'Agence France-Presse (AFP)',
    ]);
    expect(names(await services.ok('sources.list', { query: '100%_' }))).toEqual([]);
    // Punctuation alone is no query yet, as in the article and photo searches: everyone is listed;
    // punctuation beside letters is searched as typed.
    expect(await services.ok('sources.list', { query: '" (' })).toHaveLength(4);
    expect(names(await services.ok('sources.list', { query: '(afp)' }))).toEqual([
      'Agence France-Presse (AFP)',
    ]);
    expect(names(await services.ok('sources.list', { query: '🚀' }))).toEqual([]);
    expect(names(await services.ok('sources.list', { kind: 'agency' }))).toEqual([
      'Agence France-Presse (AFP)',
    ]);
  });

  it('lists the registry alphabetically with accents and case ignored (Élysée among the E)', async () => {
    for (const name of ['Sri Mulyani', 'élysée', 'Anies Baswedan', 'Élysée', 'Dmitry Peskov', 'Zaskia'])
      await services.ok('sources.create', { kind: 'person', name });
    expect(names(await services.ok('sources.list', {}))).toEqual([
      'Anies Baswedan',
      'Dmitry Peskov',
      'élysée',
      'Élysée',
      'Sri Mulyani',
      'Zaskia',
    ]);
  });

  it('edits a source and keeps the search words in step', async () => {
    const source = await services.ok('sources.create', { kind: 'person', name: 'J. Sullivan' });
    const edited = await services.ok('sources.update', {
      id: source.id,
      name: 'Jake Sullivan',
      role: 'Penasihat',
    });
    expect(edited).toMatchObject({ name: 'Jake Sullivan', role: 'Penasihat', kind: 'person' });
    expect(names(await services.ok('sources.list', { query: 'penasihat' }))).toEqual(['Jake Sullivan']);
    expect(names(await services.ok('sources.list', { query: 'J. Sul' }))).toEqual([]);
  });

  it('completes a web address typed without a scheme, as the link box does: a server gets https://, an email mailto:', async () => {
    const antara = await services.ok('sources.create', {
      kind: 'agency',
      name: 'ANTARA',
      url: ' antaranews.com ',
    });
    expect(antara.url).toBe('https://antaranews.com');
    const kompas = await services.ok('sources.update', { id: antara.id, url: 'redaksi@kompas.id' });
    expect(kompas.url).toBe('mailto:redaksi@kompas.id');
    const kept = await services.ok('sources.update', { id: antara.id, notes: 'Kantor berita.' });
    expect(kept.url).toBe('mailto:redaksi@kompas.id');
    expect((await services.ok('sources.update', { id: antara.id, url: '  ' })).url).toBe('');
    // What names no server stays as typed, as the link box keeps or refuses it: a file, a link inside
    // the publication, a phone number, words.
    for (const typed of ['laporan-akhir.pdf', '../dokumen/x.pdf', '021-555-1234', 'Baca selengkapnya'])
      expect((await services.ok('sources.update', { id: antara.id, url: typed })).url).toBe(typed);
  });

  it('refuses an empty name or one over 300 characters in plain words, and writes nothing', async () => {
    const empty = await services.fails('sources.create', { kind: 'person', name: '   ' });
    expect(empty).toMatchObject({ code: 'VALIDATION' });
    expect(empty.message).toContain('A source needs a name.');
    // Zero-width spaces or direction marks only: an invisible, blank row in every list.
    for (const invisible of ['\u200b\u200b', '\u200e\u2060\ufeff'])
      expect((await services.fails('sources.create', { kind: 'person', name: invisible })).message).toContain(
        'A source needs a name.',
      );
    const long = await services.fails('sources.create', { kind: 'person', name: 'A'.repeat(301) });
    expect(long.message).toContain('at most 300 characters');
    const wrongKind = await services.fails('sources.create', { kind: 'rumour', name: 'Seseorang' });
    expect(wrongKind.code).toBe('VALIDATION');
    expect(await services.ok('sources.list', {})).toEqual([]);
    const exactly = await services.ok('sources.create', { kind: 'person', name: 'B'.repeat(300) });
    expect(exactly.name).toHaveLength(300);
  });

  it('keeps markup in a name as the text that was typed', async () => {
    const name = '<img src=x onerror=alert(1)> Humas "Polda" & <b>Sumut</b>';
    const source = await services.ok('sources.create', { kind: 'organisation', name });
    expect(source.name).toBe(name);
    expect(names(await services.ok('sources.list', { query: 'humas' }))).toEqual([name]);
  });

  it('says plainly when a source to edit or look up is gone', async () => {
    const missing = { id: '6f1c2a7e-4b1d-4c8e-9a37-2f0d5e8b1c44' };
    expect(await services.fails('sources.update', { ...missing, name: 'X' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await services.fails('sources.usage', missing)).toMatchObject({
      code: 'NOT_FOUND',
      message: 'That source is no longer in the registry.',
    });
  });
});
