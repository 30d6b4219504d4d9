// The Tags field's suggestions: folded as the searches fold, and never the asking article's own tags.
import { afterEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../support/services';

let services: TestServices | null = null;
afterEach(() => services?.close());

async function withTags(...lists: string[][]): Promise<TestServices> {
  services = await openTestServices();
  for (const [index, tags] of lists.entries()) {
    await services.ok('articles.create', { headline: `Artikel ${index + 1}`, tags });
  }
  return services;
}

describe('tag suggestions', () => {
  it('match a prefix in other capitals, accented and Cyrillic letters too', async () => {
    const opened = await withTags(
      ['Élysée'],
      ['Élysée', 'ÉLYSÉE PALACE'],
      ['élysée'],
      ['Москва'],
      ['Banjir'],
    );
    expect(await opened.ok('articles.tags', { prefix: 'él' })).toEqual(['Élysée', 'ÉLYSÉE PALACE']);
    expect(await opened.ok('articles.tags', { prefix: 'ÉLYSÉE p' })).toEqual(['ÉLYSÉE PALACE']);
    expect(await opened.ok('articles.tags', { prefix: 'мос' })).toEqual(['Москва']);
    expect(await opened.ok('articles.tags', { prefix: 'b' })).toEqual(['Banjir']);
  });

  it('count other capitals as the same tag, spelt as most articles spell it, the most used first', async () => {
    const opened = await withTags(['banjir'], ['Banjir', 'Medan'], ['Banjir', 'Medan'], ['BANJIR', 'Medan']);
    expect(await opened.ok('articles.tags', {})).toEqual(['Banjir', 'Medan']);
    expect(await opened.ok('articles.tags', { limit: 1 })).toEqual(['Banjir']);
  });

  it('show, of two spellings used as often, the one used first', async () => {
    const opened = await withTags(['banjir', 'Medan'], ['Banjir'], ['medan']);
    expect(await opened.ok('articles.tags', {})).toEqual(['banjir', 'Medan']);
  });
});

describe('tag suggestions for an article', () => {
  it('leave out the asking article’s own tags, a half-typed one among them, but offer a tag another article also uses', async () => {
    const opened = await withTags(['Pemilu 2024', 'Banjir Bandang']);
    const asking = await opened.ok('articles.create', {
      headline: 'Ditulis',
      tags: ['Banjir Bandang', 'Pemil'],
    });
    const asked = { prefix: 'pem', articleId: asking.id };
    expect(await opened.ok('articles.tags', asked)).toEqual(['Pemilu 2024']);
    expect(await opened.ok('articles.tags', { prefix: 'banjir', articleId: asking.id })).toEqual([
      'Banjir Bandang',
    ]);
    // Another article, or the article list (asking for no article), still sees every tag in use.
    expect(await opened.ok('articles.tags', { prefix: 'pem' })).toEqual(['Pemil', 'Pemilu 2024']);
  });

  it('count only the other articles’ uses of a tag', async () => {
    const opened = await withTags(['Medan'], ['Medan'], ['Banjir']);
    const asking = await opened.ok('articles.create', {
      headline: 'Ditulis',
      tags: ['Banjir', 'Banjir rob'],
    });
    // Counted on every article, Banjir would tie with Medan and come first by name.
    expect(await opened.ok('articles.tags', { articleId: asking.id })).toEqual(['Medan', 'Banjir']);
    expect(await opened.ok('articles.tags', {})).toEqual(['Banjir', 'Medan', 'Banjir rob']);
  });

  it('refuse an article id that is not one (the contract parses it)', async () => {
    const opened = await withTags(['Medan']);
    expect((await opened.fails('articles.tags', { articleId: 'artikel-1' })).code).toBe('VALIDATION');
  });
});

describe('tag suggestions fold spellings as the searches do', () => {
  it('offer a tag written with an apostrophe, an accent or a hyphen to its plain spelling, and back', async () => {
    const opened = await withTags(['Jum’at Berkah'], ['Café Jakarta'], ["Ma'ruf Amin"], ['e-KTP']);
    const suggested = (prefix: string) => opened.ok('articles.tags', { prefix });
    expect(await suggested('jumat')).toEqual(['Jum’at Berkah']);
    expect(await suggested('cafe')).toEqual(['Café Jakarta']);
    expect(await suggested('maruf')).toEqual(["Ma'ruf Amin"]);
    expect(await suggested('ektp')).toEqual(['e-KTP']);
    // Typed with a mark: straight or curly, and the mark just typed before the word's next part.
    expect(await suggested("jum'at b")).toEqual(['Jum’at Berkah']);
    expect(await suggested('Ma’')).toEqual(["Ma'ruf Amin"]);
    expect(await suggested('e-')).toEqual(['e-KTP']);
    expect(await suggested('CAFÉ J')).toEqual(['Café Jakarta']);
    // Still the start of the tag, not of any word in it.
    expect(await suggested('berkah')).toEqual([]);
  });

  it('offer a plain tag to a spelling with a mark', async () => {
    const opened = await withTags(['Jumat Berkah'], ['eKTP']);
    expect(await opened.ok('articles.tags', { prefix: "Jum'at" })).toEqual(['Jumat Berkah']);
    expect(await opened.ok('articles.tags', { prefix: 'e-KT' })).toEqual(['eKTP']);
  });
});
