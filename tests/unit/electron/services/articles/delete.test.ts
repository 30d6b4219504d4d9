import { afterEach, describe, expect, it } from 'vitest';
import { documentOf, paragraph, photoBlock, sourceMark, text } from '../../../support/documents';
import { relatedArticle } from '../../../support/export-fixture';
import { importFiles, photoFixture } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices | null = null;
afterEach(() => s?.close());

/** Every stored row that names the article, in every table that has an article_id column. */
function rowsNaming(api: TestServices, id: string): Record<string, number> {
  const db = api.services.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%'")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    const column = table === 'articles' ? 'id' : columns.includes('article_id') ? 'article_id' : null;
    if (column)
      counts[table] = db
        .prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`)
        .pluck()
        .get(id) as number;
  }
  return counts;
}

/** An article using everything that can hang off one: photos, tags, sources tagged and by hand, its own credit line. */
async function fullArticle(api: TestServices) {
  const photoId = (await importFiles(api, [photoFixture('kosmodrom.jpg')])).files[0]!.photoId!;
  const agency = await api.ok('sources.create', { kind: 'agency', name: 'Antara' });
  const quoted = await api.ok('sources.create', { kind: 'person', name: 'Bobby Nasution' });
  const created = await api.ok('articles.create', {});
  await api.ok('articles.save', {
    ...created,
    headline: 'Kapal tertahan di Belawan',
    tags: ['pelabuhan'],
    featuredPhotoId: photoId,
    body: documentOf(
      paragraph(sourceMark(quoted.id, text('“Kami tangani segera,”')), text(' kata wali kota.')),
      photoBlock(photoId),
    ),
  });
  await api.ok('articles.setSources', {
    id: created.id,
    byHand: [{ sourceId: agency.id, role: 'syndicated' }],
    quotedFrom: 'Dikutip dari Antara',
  });
  return { article: await api.ok('articles.get', { id: created.id }), photoId, agency, quoted };
}

describe('articles.delete', () => {
  it('removes the article and every row hanging off it, and its words from the search; photos and sources stay', async () => {
    const api = (s = await openTestServices());
    const { article, photoId, agency, quoted } = await fullArticle(api);
    const other = await api.ok('articles.create', { headline: 'Kapal lain di Belawan' });
    expect(Object.values(rowsNaming(api, article.id)).every((n) => n > 0)).toBe(true);
    expect((await api.ok('articles.list', { query: 'tertahan' })).map((a) => a.id)).toEqual([article.id]);

    expect(await api.ok('articles.delete', { id: article.id, revision: article.revision })).toEqual({
      id: article.id,
    });

    expect(rowsNaming(api, article.id)).toEqual({
      articles: 0,
      article_photos: 0,
      article_credits: 0,
      article_sources: 0,
      article_attribution: 0,
    });
    expect(await api.ok('articles.list', { query: 'tertahan' })).toEqual([]);
    expect(await api.ok('articles.list', { tag: 'pelabuhan' })).toEqual([]);
    expect(await api.ok('articles.list', { sourceId: quoted.id })).toEqual([]);
    expect((await api.ok('articles.list', {})).map((a) => a.id)).toEqual([other.id]);
    expect(await api.ok('articles.tags', {})).toEqual([]);
    // The full-text index holds nothing of it (no orphan entry behind the list's join).
    const db = api.services.db;
    expect(
      db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'tertahan'").pluck().all(),
    ).toEqual([]);
    expect(() =>
      db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();
    // The photo stays in the library, now unused; the sources stay in the registry, used by nothing.
    expect((await api.ok('photos.get', { id: photoId })).usedIn).toEqual([]);
    expect((await api.ok('photos.list', { usage: 'unused' })).map((p) => p.id)).toEqual([photoId]);
    expect((await api.ok('sources.usage', { id: agency.id })).articles).toEqual([]);
    expect((await api.ok('sources.usage', { id: quoted.id })).source.usageCount).toBe(0);
  });

  it('is refused with CONFLICT from a window holding an older revision, deleting nothing', async () => {
    const api = (s = await openTestServices());
    const { article } = await fullArticle(api);
    const before = rowsNaming(api, article.id);
    const stale = await api.fails('articles.delete', { id: article.id, revision: article.revision - 1 });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toBe(
      'This article was changed in another window since you opened it, so it was not deleted. Reload it to see the latest version first.',
    );
    expect(rowsNaming(api, article.id)).toEqual(before);
    expect((await api.ok('articles.get', { id: article.id })).revision).toBe(article.revision);
  });

  it('with onlyIfEmpty, deletes an article with nothing in it but refuses one given a source or a Quoted-from line', async () => {
    s = await openTestServices();
    const empty = await s.ok('articles.create', {});
    await s.ok('articles.delete', { id: empty.id, revision: 0, onlyIfEmpty: true });
    expect(await s.ok('articles.list', {})).toEqual([]);

    const agency = await s.ok('sources.create', { kind: 'agency', name: 'Antara' });
    const sourced = await s.ok('articles.create', {});
    await s.ok('articles.setSources', { id: sourced.id, byHand: [{ sourceId: agency.id, role: 'cited' }] });
    const lined = await s.ok('articles.create', {});
    await s.ok('articles.setSources', { id: lined.id, quotedFrom: 'Dikutip dari Antara' });
    for (const article of [sourced, lined]) {
      const refused = await s.fails('articles.delete', { id: article.id, revision: 0, onlyIfEmpty: true });
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('so it was kept');
    }
    expect((await s.ok('articles.list', {})).map((a) => a.id).sort()).toEqual([sourced.id, lined.id].sort());
    // Without the flag, the editor's own Delete article deletes it all the same.
    await s.ok('articles.delete', { id: sourced.id, revision: 0 });
  });

  it('with onlyIfEmpty, refuses an article another article links to', async () => {
    s = await openTestServices();
    const target = await s.ok('articles.create', {});
    const linking = await s.ok('articles.create', {});
    await s.ok('articles.save', {
      ...linking,
      headline: 'Baca juga',
      body: documentOf(relatedArticle(target.id, 'Banjir')),
    });
    const refused = await s.fails('articles.delete', { id: target.id, revision: 0, onlyIfEmpty: true });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe('Another article links to this new article, so it was kept.');
    expect((await s.ok('articles.get', { id: target.id })).id).toBe(target.id);
  });

  it('leaves NOT_FOUND behind: opening, saving (never recreating) and deleting again', async () => {
    const api = (s = await openTestServices());
    const created = await api.ok('articles.create', {});
    await api.ok('articles.delete', { id: created.id, revision: created.revision });
    expect((await api.fails('articles.get', { id: created.id })).code).toBe('NOT_FOUND');
    const save = await api.fails('articles.save', { ...created, headline: 'Terlambat' });
    expect(save.code).toBe('NOT_FOUND');
    expect(save.message).toBe('That article no longer exists.');
    expect(await api.ok('articles.list', {})).toEqual([]);
    expect((await api.fails('articles.delete', { id: created.id, revision: 0 })).code).toBe('NOT_FOUND');
  });

  it('deletes a published article too; another article’s related link to it then blocks that export', async () => {
    const api = (s = await openTestServices());
    const target = await api.ok('articles.create', { headline: 'Harga cabai naik', status: 'published' });
    const created = await api.ok('articles.create', { headline: 'Pasar Sambu', lead: 'Lead.' });
    const linking = await api.ok('articles.save', {
      ...created,
      body: documentOf(paragraph(text('Isi berita.')), relatedArticle(target.id, 'Harga cabai naik')),
    });
    expect((await api.ok('export.preflight', { id: linking.id })).errors).toEqual([]);

    await api.ok('articles.delete', { id: target.id, revision: target.revision });
    const check = await api.ok('export.preflight', { id: linking.id });
    expect(check.errors.map((issue) => issue.code)).toEqual(['BROKEN_RELATED_LINK']);
    expect(check.errors[0]!.message).toContain(
      '“Harga cabai naik” points to an article that no longer exists',
    );
  });

  it('refuses what is not an article id or revision', async () => {
    const api = (s = await openTestServices());
    expect((await api.fails('articles.delete', { id: 'x', revision: 0 })).code).toBe('VALIDATION');
    const created = await api.ok('articles.create', {});
    expect((await api.fails('articles.delete', { id: created.id })).code).toBe('VALIDATION');
    expect((await api.ok('articles.list', {})).length).toBe(1);
  });
});
