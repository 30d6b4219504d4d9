import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../../shared/api/article';
import type { StoredNode } from '../../../../../shared/editor/document';
import { documentOf, paragraph, text } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices | null = null;
afterEach(() => s?.close());

const addPhoto = addLibraryPhoto;

const photoBlock = (photoId: string, caption = 'IN BODY: Caption.'): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId,
  caption,
  credit: 'AFP',
  altText: 'Something visible',
});

async function save(api: TestServices, article: Article, changes: Partial<Article>) {
  const next = { ...article, ...changes };
  return api.ok('articles.save', {
    ...next,
    revision: (await api.ok('articles.get', { id: article.id })).revision,
  });
}

const ids = (photos: Array<{ id: string }>) => photos.map((photo) => photo.id).sort();

describe('the photo library', () => {
  it('filters uncaptioned, no credit, no alt text and imported today', async () => {
    const api = (s = await openTestServices());
    const complete = addPhoto(api, { caption: 'A: B.', credit: 'AFP', altText: 'x' });
    const bare = addPhoto(api, {});
    const old = addPhoto(api, { caption: 'OLD: Photo.', credit: 'AFP', altText: 'y' }, new Date(2020, 0, 1));
    expect(ids(await api.ok('photos.list', { uncaptioned: true }))).toEqual([bare]);
    expect(ids(await api.ok('photos.list', { noCredit: true }))).toEqual([bare]);
    expect(ids(await api.ok('photos.list', { noAltText: true }))).toEqual([bare]);
    expect(ids(await api.ok('photos.list', { importedToday: true }))).toEqual(
      ids([{ id: complete }, { id: bare }]),
    );
    expect((await api.ok('photos.list', {})).map((photo) => photo.id)).toEqual([bare, complete, old]);
  });

  it('stores a caption or credit of only zero-width characters as none: the desk’s filters agree with the export', async () => {
    const api = (s = await openTestServices());
    const photo = addPhoto(api, { caption: 'A: B.', credit: 'AFP', altText: 'x' });
    const saved = await api.ok('photos.update', { id: photo, caption: '\u200b\u200b', credit: ' \u00ad' });
    expect([saved.caption, saved.credit]).toEqual(['', '']);
    expect(ids(await api.ok('photos.list', { uncaptioned: true }))).toEqual([photo]);
    expect(ids(await api.ok('photos.list', { noCredit: true }))).toEqual([photo]);
    // Words with a zero-width character among them are kept as typed.
    expect((await api.ok('photos.update', { id: photo, caption: 'A\u200bB: C.' })).caption).toBe(
      'A\u200bB: C.',
    );
  });

  it('finds photos by caption, credit or photographer, prefix while typing', async () => {
    const api = (s = await openTestServices());
    const kim = addPhoto(api, { caption: 'KIM MEETS PUTIN: At the cosmodrome.', credit: 'AFP' });
    const harbour = addPhoto(api, { caption: 'PELABUHAN: Senja.', creator: 'Abdi Tumanggor' });
    expect(ids(await api.ok('photos.list', { query: 'cosmo' }))).toEqual([kim]);
    expect(ids(await api.ok('photos.list', { query: 'afp' }))).toEqual([kim]);
    // Emoji only: nothing matches (not the whole library); punctuation only is no query yet.
    expect(await api.ok('photos.list', { query: '📸' })).toEqual([]);
    expect((await api.ok('photos.list', { query: '"' })).length).toBeGreaterThan(1);
    expect(ids(await api.ok('photos.list', { query: 'tumanggor' }))).toEqual([harbour]);
    expect(ids(await api.ok('photos.list', { query: 'nothing-like-this' }))).toEqual([]);
  });

  it('saves the desk’s edits, trimmed, and finds the photo by its new words', async () => {
    const api = (s = await openTestServices());
    const id = addPhoto(api, { caption: 'OLD: Caption.' });
    const updated = await api.ok('photos.update', { id, caption: '  NEW: Caption.  ', altText: 'Boats' });
    expect(updated).toMatchObject({ caption: 'NEW: Caption.', altText: 'Boats' });
    expect(ids(await api.ok('photos.list', { query: 'new' }))).toEqual([id]);
    expect(await api.ok('photos.list', { query: 'old' })).toEqual([]);
    expect((await api.fails('photos.update', { id: crypto.randomUUID(), caption: 'x' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('sets one credit and copyright on several photos at once, all or none', async () => {
    const api = (s = await openTestServices());
    const a = addPhoto(api, { credit: 'OLD' });
    const b = addPhoto(api, { caption: 'KEEP: This.' });
    const untouched = addPhoto(api, { credit: 'OTHER' });
    const result = await api.ok('photos.updateMany', { ids: [a, b], credit: 'ANI/AFP', copyright: '© AFP' });
    expect(result.map((photo) => [photo.credit, photo.copyright])).toEqual([
      ['ANI/AFP', '© AFP'],
      ['ANI/AFP', '© AFP'],
    ]);
    expect((await api.ok('photos.get', { id: b })).caption).toBe('KEEP: This.');
    expect((await api.ok('photos.get', { id: untouched })).credit).toBe('OTHER');
    const missing = await api.fails('photos.updateMany', { ids: [a, crypto.randomUUID()], credit: 'NEW' });
    expect(missing.code).toBe('NOT_FOUND');
    expect((await api.ok('photos.get', { id: a })).credit).toBe('ANI/AFP');
    expect((await api.fails('photos.updateMany', { ids: [a] })).code).toBe('VALIDATION');
  });
});

describe('which articles use a photo', () => {
  it('follows each save: photo blocks in the body and the featured photo, and the used / unused filters', async () => {
    const api = (s = await openTestServices());
    const inBody = addPhoto(api, {});
    const featured = addPhoto(api, {});
    const unused = addPhoto(api, {});
    const article = await api.ok('articles.create', { headline: 'Kim bertemu Putin' });
    await save(api, article, {
      body: documentOf(paragraph(text('Satu.')), photoBlock(inBody), paragraph(text('Dua.'))),
      featuredPhotoId: featured,
    });
    expect((await api.ok('photos.get', { id: inBody })).usedIn).toEqual([
      // The block has words, the library none: nothing on the desk to give it.
      { id: article.id, headline: 'Kim bertemu Putin', ownWords: false },
    ]);
    expect((await api.ok('photos.get', { id: featured })).usageCount).toBe(1);
    expect(ids(await api.ok('photos.list', { usage: 'used' }))).toEqual(
      ids([{ id: inBody }, { id: featured }]),
    );
    expect(ids(await api.ok('photos.list', { usage: 'unused' }))).toEqual([unused]);
    const reopened = await api.ok('articles.get', { id: article.id });
    expect(reopened.featuredPhotoId).toBe(featured);
    expect(reopened.body.root.children[1]).toEqual(photoBlock(inBody));

    // The photo taken out of the body and the featured photo cleared: no longer used.
    await save(api, article, { body: documentOf(paragraph(text('Satu.'))), featuredPhotoId: null });
    expect((await api.ok('photos.get', { id: inBody })).usedIn).toEqual([]);
    expect(await api.ok('photos.list', { usage: 'used' })).toEqual([]);
  });

  it('counts the publication’s logo as used: the desk says so, and the filters put it with the used', async () => {
    const api = (s = await openTestServices());
    const logo = addPhoto(api, {});
    const unused = addPhoto(api, {});
    expect(ids(await api.ok('photos.list', { usage: 'unused' }))).toEqual(
      ids([{ id: logo }, { id: unused }]),
    );
    await api.ok('settings.update', { publication: { logoPhotoId: logo } });
    expect(await api.ok('photos.get', { id: logo })).toMatchObject({ isLogo: true, usedIn: [] });
    expect((await api.ok('photos.get', { id: unused })).isLogo).toBe(false);
    expect(ids(await api.ok('photos.list', { usage: 'used' }))).toEqual([logo]);
    expect(ids(await api.ok('photos.list', { usage: 'unused' }))).toEqual([unused]);
  });

  it('refuses a featured photo or a photo block that names no library photo, saving nothing', async () => {
    const api = (s = await openTestServices());
    const article = await api.ok('articles.create', {});
    const base = { ...article, revision: article.revision };
    const featured = await api.fails('articles.save', { ...base, featuredPhotoId: crypto.randomUUID() });
    expect(featured).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/featured photo/) });
    const block = { type: 'photo', version: 1, photoId: 'not-an-id', caption: '', credit: '', altText: '' };
    const refused = await api.fails('articles.save', { ...base, body: documentOf(block) });
    expect(refused.code).toBe('VALIDATION');
    expect((await api.ok('articles.get', { id: article.id })).revision).toBe(article.revision);
  });
});
