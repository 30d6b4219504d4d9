// The Tags field's suggestions ignore case in every alphabet, not only A–Z.
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
