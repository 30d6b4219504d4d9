import { afterEach, describe, expect, it } from 'vitest';
import { edit } from '../../../support/articles';
import { openTestServices, type TestServices } from '../../../support/services';

let api: TestServices | null = null;
afterEach(() => api?.close());

async function services(): Promise<TestServices> {
  api = await openTestServices();
  return api;
}

describe('articles.save keeps the desk’s words tidy and a published address stable', () => {
  it('files a rubric under the spelling the desk already uses, and trims the editor and dateline', async () => {
    const s = await services();
    const first = await s.ok('articles.create', {});
    await s.ok('articles.save', edit(first, { rubric: 'Gaya Hidup' }));
    const second = await s.ok('articles.create', {});
    await s.ok(
      'articles.save',
      edit(second, {
        rubric: '  gaya   hidup ',
        editor: '  Citra  Dewi ',
        dateline: { prefix: '  TRIBUN-MEDAN.COM ', place: ' Medan  ' },
      }),
    );
    const loaded = await s.ok('articles.get', { id: second.id });
    expect(loaded).toMatchObject({
      rubric: 'Gaya Hidup',
      editor: 'Citra Dewi',
      dateline: { prefix: 'TRIBUN-MEDAN.COM', place: 'Medan' },
    });
    expect(await s.ok('articles.rubrics', {})).toEqual(['Gaya Hidup']);
    expect((await s.ok('articles.list', { rubric: 'Gaya Hidup' })).length).toBe(2);

    // Its own rubric re-typed in other capitals is a correction, kept as typed.
    const reloaded = await s.ok('articles.get', { id: second.id });
    await s.ok('articles.save', edit(reloaded, { rubric: 'GAYA HIDUP' }));
    expect((await s.ok('articles.get', { id: second.id })).rubric).toBe('GAYA HIDUP');
  });

  it('lists and filters a rubric re-typed in other capitals as one: the spelling most articles use, finding them all', async () => {
    const s = await services();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const created = await s.ok('articles.create', {});
      await s.ok('articles.save', edit(created, { rubric: 'Ekonomi' }));
      ids.push(created.id);
    }
    const retyped = await s.ok('articles.get', { id: ids[0]! });
    await s.ok('articles.save', edit(retyped, { rubric: 'ekonomi' }));
    expect((await s.ok('articles.get', { id: ids[0]! })).rubric).toBe('ekonomi');

    expect(await s.ok('articles.rubrics', {})).toEqual(['Ekonomi']);
    for (const rubric of ['Ekonomi', 'ekonomi', ' EKONOMI ']) {
      const found = await s.ok('articles.list', { rubric });
      expect(found.map((article) => article.id).sort()).toEqual([...ids].sort());
    }
    expect((await s.ok('articles.list', { rubric: 'Ekonomi', query: 'x' })).length).toBe(0);
  });

  it('files a rubric newly chosen under the spelling the list shows (the most used), not the oldest; accents and case in any alphabet', async () => {
    const s = await services();
    const rubricOf = async (rubric: string) => {
      const created = await s.ok('articles.create', {});
      await s.ok('articles.save', edit(created, { rubric }));
      return (await s.ok('articles.get', { id: created.id })).rubric;
    };
    expect(await rubricOf('EKONOMI')).toBe('EKONOMI');
    // Three articles correct their own rubric: "Ekonomi" becomes the spelling most use, the one listed.
    for (let i = 0; i < 3; i += 1) {
      const created = await s.ok('articles.create', {});
      await s.ok('articles.save', edit(created, { rubric: 'ekonomi' }));
      await s.ok(
        'articles.save',
        edit(await s.ok('articles.get', { id: created.id }), { rubric: 'Ekonomi' }),
      );
    }
    expect(await s.ok('articles.rubrics', {})).toEqual(['Ekonomi']);
    expect(await rubricOf('Ekonomi')).toBe('Ekonomi');
    expect(await rubricOf('ekonomi')).toBe('Ekonomi');
    expect(await rubricOf('  ekonomi\u00a0 ')).toBe('Ekonomi');
    expect(await rubricOf('Élysée')).toBe('Élysée');
    expect(await rubricOf('ÉLYSÉE')).toBe('Élysée');
    // Typed with its accent as a letter and a combining mark, it is stored composed, and found.
    expect(await rubricOf('E\u0301lyse\u0301e')).toBe('Élysée');
    // Used as often, the older spelling is the one shown and filed under.
    expect(await rubricOf('Gaya')).toBe('Gaya');
    expect(await rubricOf('GAYA')).toBe('Gaya');
    const corrected = await s.ok('articles.create', {});
    await s.ok('articles.save', edit(corrected, { rubric: 'gaya' }));
    await s.ok('articles.save', edit(await s.ok('articles.get', { id: corrected.id }), { rubric: 'GAYA' }));
    expect(await s.ok('articles.rubrics', {})).toContain('Gaya');
  });

  it('keeps the slug of a published article when its headline is corrected; a slug typed by hand still goes', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    const published = await s.ok(
      'articles.save',
      edit(created, { headline: 'Banjir Medan', status: 'published' }),
    );
    expect(published.slug).toBe('banjir-medan');
    const corrected = await s.ok(
      'articles.save',
      edit(
        { ...created, revision: published.revision },
        { headline: 'Banjir di Medan Utara', status: 'published' },
      ),
    );
    expect(corrected.slug).toBe('banjir-medan');
    const byHand = await s.ok(
      'articles.save',
      edit(
        { ...created, revision: corrected.revision },
        {
          headline: 'Banjir di Medan Utara',
          slug: 'banjir-medan-utara',
          slugManual: true,
          status: 'published',
        },
      ),
    );
    expect(byHand.slug).toBe('banjir-medan-utara');
  });
});
