import { afterEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices | null = null;
afterEach(() => s?.close());

async function articleTagged(api: TestServices, headline: string, tags: string[]) {
  const created = await api.ok('articles.create', {});
  await api.ok('articles.save', { ...created, headline, tags });
  return api.ok('articles.get', { id: created.id });
}

describe('the tag filter', () => {
  it('lists every article whose tag differs in case only, in any alphabet, as Rename tag and the suggestions take them', async () => {
    const api = (s = await openTestServices());
    const tagged = [];
    for (const [headline, tag] of [
      ['Satu', 'Élysée'],
      ['Dua', 'Élysée'],
      ['Tiga', 'ÉLYSÉE'],
      ['Empat', 'élysée'],
    ])
      tagged.push((await articleTagged(api, headline!, [tag!])).id);
    await articleTagged(api, 'Lain', ['Elysee']);
    expect(await api.ok('articles.tags', {})).toEqual(['Élysée', 'Elysee']);
    const filtered = (await api.ok('articles.list', { tag: 'Élysée' })).map((a) => a.id);
    expect(filtered.sort()).toEqual([...tagged].sort());
    expect(
      (await api.ok('articles.renameTag', { from: 'Élysée', to: 'Istana', preview: true })).articlesChanged,
    ).toBe(filtered.length);
  });

  it('finds a tag whose lower case is longer ("İzmir": i and a dot above), and treats a tag of spaces as no filter', async () => {
    const api = (s = await openTestServices());
    const upper = await articleTagged(api, 'Satu', ['İzmir']);
    const lower = await articleTagged(api, 'Dua', ['i\u0307zmir']);
    expect((await api.ok('articles.list', { tag: 'İzmir' })).map((a) => a.id).sort()).toEqual(
      [upper.id, lower.id].sort(),
    );
    expect(await api.ok('articles.list', { tag: '   ' })).toHaveLength(2);
  });
});

describe('articles.renameTag', () => {
  it('renames a tag on every article that has it, whatever its case, and only there', async () => {
    const api = (s = await openTestServices());
    const first = await articleTagged(api, 'Banjir di Medan', ['banjir', 'Medan']);
    const second = await articleTagged(api, 'Banjir di Deli', ['Deli', 'BANJIR']);
    const other = await articleTagged(api, 'Pasar ramai', ['ekonomi']);

    // A preview says what would happen and changes nothing.
    expect(
      await api.ok('articles.renameTag', { from: 'Banjir', to: 'Banjir bandang', preview: true }),
    ).toEqual({
      tag: 'Banjir bandang',
      merged: false,
      articlesChanged: 2,
    });
    expect((await api.ok('articles.get', { id: first.id })).tags).toEqual(['banjir', 'Medan']);
    expect(await api.ok('articles.renameTag', { from: 'Banjir', to: '  Banjir   bandang ' })).toEqual({
      tag: 'Banjir bandang',
      merged: false,
      articlesChanged: 2,
    });
    const renamedFirst = await api.ok('articles.get', { id: first.id });
    expect(renamedFirst.tags).toEqual(['Banjir bandang', 'Medan']);
    expect((await api.ok('articles.get', { id: second.id })).tags).toEqual(['Deli', 'Banjir bandang']);
    // An editor holding the old tags is told to reload: the revision went up, the other article's did not.
    expect(renamedFirst.revision).toBe(first.revision + 1);
    // A tidy-up does not move the articles up the list (newest change first).
    expect(renamedFirst.updatedAt).toBe(first.updatedAt);
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
      merged: true,
      articlesChanged: 2,
    });
    expect((await api.ok('articles.get', { id: both.id })).tags).toEqual(['Korea Utara', 'Rudal']);
    expect((await api.ok('articles.get', { id: one.id })).tags).toEqual(['Korea Utara']);
    expect((await api.ok('articles.get', { id: kept.id })).revision).toBe(kept.revision);
    expect(await api.ok('articles.tags', {})).toEqual(['Korea Utara', 'Rudal']);
    // A tag renamed to itself in another case is written as asked.
    expect(await api.ok('articles.renameTag', { from: 'korea utara', to: 'KOREA UTARA' })).toEqual({
      tag: 'KOREA UTARA',
      merged: false,
      articlesChanged: 3,
    });
  });

  it('says a tag no article has is gone, changes nothing for the same name, and refuses a name that shows nothing or has a comma', async () => {
    const api = (s = await openTestServices());
    const article = await articleTagged(api, 'Banjir', ['banjir']);
    const gone = await api.fails('articles.renameTag', { from: 'gempa', to: 'Gempa bumi' });
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toBe('No article has the tag “gempa” any more.');
    expect(await api.ok('articles.renameTag', { from: 'banjir', to: 'banjir' })).toEqual({
      tag: 'banjir',
      merged: false,
      articlesChanged: 0,
    });
    for (const to of ['', '   ', '\u200b\u200b', 'Banjir, Medan', 'x'.repeat(121)])
      expect((await api.fails('articles.renameTag', { from: 'banjir', to })).code).toBe('VALIDATION');
    const after = await api.ok('articles.get', { id: article.id });
    expect(after.tags).toEqual(['banjir']);
    expect(after.revision).toBe(article.revision);
  });

  it('stores a tag sent with a comma as the tags the Tags field would read, and renames one stored before', async () => {
    const api = (s = await openTestServices());
    const created = await api.ok('articles.create', { headline: 'Koma', tags: ['Banjir,Medan', 'banjir'] });
    expect(created.tags).toEqual(['Banjir', 'Medan']);
    await api.ok('articles.save', { ...created, tags: ['Gempa, Aceh'] });
    expect((await api.ok('articles.get', { id: created.id })).tags).toEqual(['Gempa', 'Aceh']);
    // A tag with a comma, as an older version could store it: it can be renamed away.
    api.services.db
      .prepare('UPDATE articles SET tags = ?, tags_text = ? WHERE id = ?')
      .run(JSON.stringify(['Gempa,Aceh']), 'Gempa,Aceh', created.id);
    expect(await api.ok('articles.renameTag', { from: 'Gempa,Aceh', to: 'Gempa Aceh' })).toMatchObject({
      tag: 'Gempa Aceh',
      articlesChanged: 1,
    });
    expect((await api.ok('articles.get', { id: created.id })).tags).toEqual(['Gempa Aceh']);
  });
});
