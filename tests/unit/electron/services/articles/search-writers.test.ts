import { afterEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../support/services';

let api: TestServices | null = null;
afterEach(() => api?.close());

const headlines = async (s: TestServices, query: string) =>
  (await s.ok('articles.list', { query })).map((summary) => summary.headline);

describe('articles.list finds an article by its byline: writers and editor', () => {
  it('finds the byline’s names as they are saved, and no longer once a writer is taken off', async () => {
    const s = (api = await openTestServices());
    const created = await s.ok('articles.create', { headline: 'Banjir di Medan', writers: ['Ni Luh Ayu'] });
    const other = await s.ok('articles.create', { headline: 'Gempa di Palu' });
    await s.ok('articles.save', { ...other, writers: ['Ma’ruf Siregar', 'Ayub Lubis'] });

    expect(await headlines(s, 'ni luh ayu')).toEqual(['Banjir di Medan']);
    expect(await headlines(s, 'siregar')).toEqual(['Gempa di Palu']);
    expect(await headlines(s, 'maruf')).toEqual(['Gempa di Palu']); // either spelling of Ma’ruf
    expect(await headlines(s, 'ayu').then((found) => found.sort())).toEqual([
      'Banjir di Medan', // Ayu
      'Gempa di Palu', // Ayub, the word still being typed
    ]);

    const article = await s.ok('articles.get', { id: created.id });
    await s.ok('articles.save', { ...article, writers: ['Rina Tarigan'] });
    expect(await headlines(s, 'luh')).toEqual([]);
    expect(await headlines(s, 'tarigan')).toEqual(['Banjir di Medan']);
  });

  it('finds the editor’s name as it is saved, either spelling, and no longer once the editor changes', async () => {
    const s = (api = await openTestServices());
    const created = await s.ok('articles.create', { headline: 'Banjir di Medan', editor: 'Ni’matul Huda' });
    const other = await s.ok('articles.create', { headline: 'Gempa di Palu', writers: ['Rina Tarigan'] });
    await s.ok('articles.save', { ...other, editor: 'Yusuf Nasution' });

    expect(await headlines(s, 'huda')).toEqual(['Banjir di Medan']);
    expect(await headlines(s, 'nimatul')).toEqual(['Banjir di Medan']); // either spelling of Ni’matul
    expect(await headlines(s, '"yusuf nasution"')).toEqual(['Gempa di Palu']);
    expect(await headlines(s, 'tarigan')).toEqual(['Gempa di Palu']); // the writers still

    const article = await s.ok('articles.get', { id: created.id });
    await s.ok('articles.save', { ...article, editor: 'Dewi Sartika' });
    expect(await headlines(s, 'huda')).toEqual([]);
    expect(await headlines(s, 'sartika')).toEqual(['Banjir di Medan']);
  });
});
