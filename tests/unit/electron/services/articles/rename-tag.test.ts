import { afterEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices | null = null;
afterEach(() => s?.close());

async function articleTagged(api: TestServices, headline: string, tags: string[]) {
  const created = await api.ok('articles.create', {});
  await api.ok('articles.save', { ...created, headline, tags });
  return api.ok('articles.get', { id: created.id });
}

describe('articles.renameTag', () => {
  it('renames a tag on every article that has it, whatever its case, and only there', async () => {
    const api = (s = await openTestServices());
    const first = await articleTagged(api, 'Banjir di Medan', ['banjir', 'Medan']);
    const second = await articleTagged(api, 'Banjir di Deli', ['Deli', 'BANJIR']);
    const other = await articleTagged(api, 'Pasar ramai', ['ekonomi']);

    expect(await api.ok('articles.renameTag', { from: 'Banjir', to: '  Banjir   bandang ' })).toEqual({
      tag: 'Banjir bandang',
      articlesChanged: 2,
    });
    const renamedFirst = await api.ok('articles.get', { id: first.id });
    expect(renamedFirst.tags).toEqual(['Banjir bandang', 'Medan']);
    expect((await api.ok('articles.get', { id: second.id })).tags).toEqual(['Deli', 'Banjir bandang']);
    // An editor holding the old tags is told to reload: the revision went up, the other article's did not.
    expect(renamedFirst.revision).toBe(first.revision + 1);
    expect((await api.ok('articles.get', { id: other.id })).revision).toBe(other.revision);
    // The filter, the suggestions and the search know the new name and forget the old one.
    expect((await api.ok('articles.list', { tag: 'banjir bandang' })).map((a) => a.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await api.ok('articles.list', { tag: 'banjir' })).toEqual([]);
    expect(await api.ok('articles.tags', { prefix: 'banjir' })).toEqual(['Banjir bandang']);
    expect((await api.ok('articles.list', { query: 'bandang' })).map((a) => a.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it('renamed to a tag already used, the two become one, spelt as that tag is, once per article', async () => {
    const api = (s = await openTestServices());
    const both = await articleTagged(api, 'Korea Utara uji rudal', ['Korut', 'Korea Utara', 'Rudal']);
    const one = await articleTagged(api, 'Pyongyang', ['korut']);
    const kept = await articleTagged(api, 'Seoul waspada', ['Korea Utara']);
    expect(await api.ok('articles.renameTag', { from: 'korut', to: 'KOREA  UTARA' })).toEqual({
      tag: 'Korea Utara',
      articlesChanged: 2,
    });
    expect((await api.ok('articles.get', { id: both.id })).tags).toEqual(['Korea Utara', 'Rudal']);
    expect((await api.ok('articles.get', { id: one.id })).tags).toEqual(['Korea Utara']);
    expect((await api.ok('articles.get', { id: kept.id })).revision).toBe(kept.revision);
    expect(await api.ok('articles.tags', {})).toEqual(['Korea Utara', 'Rudal']);
    // A tag renamed to itself in another case is written as asked.
    expect(await api.ok('articles.renameTag', { from: 'korea utara', to: 'KOREA UTARA' })).toEqual({
      tag: 'KOREA UTARA',
      articlesChanged: 3,
    });
  });

  it('changes nothing for a tag no article has, and refuses a name that shows nothing', async () => {
    const api = (s = await openTestServices());
    const article = await articleTagged(api, 'Banjir', ['banjir']);
    expect(await api.ok('articles.renameTag', { from: 'gempa', to: 'Gempa bumi' })).toEqual({
      tag: 'Gempa bumi',
      articlesChanged: 0,
    });
    expect(await api.ok('articles.renameTag', { from: 'banjir', to: 'banjir' })).toEqual({
      tag: 'banjir',
      articlesChanged: 0,
    });
    for (const to of ['', '   ', '\u200b\u200b'])
      expect((await api.fails('articles.renameTag', { from: 'banjir', to })).code).toBe('VALIDATION');
    expect((await api.fails('articles.renameTag', { from: 'banjir', to: 'x'.repeat(121) })).code).toBe(
      'VALIDATION',
    );
    expect((await api.ok('articles.get', { id: article.id })).tags).toEqual(['banjir']);
  });
});
