import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../../shared/api/article';
import type { StoredNode } from '../../../../../shared/editor/document';
import { documentOf, paragraph, text } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices | null = null;
afterEach(() => s?.close());

const PLACED = { caption: 'KAPAL: Kapal bersandar.', credit: 'ANI/AFP', altText: 'Kapal di dermaga' };

const photoBlock = (photoId: string, words: Partial<typeof PLACED> = {}, wide = false): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId,
  ...PLACED,
  ...words,
  ...(wide ? { layout: 'wide' } : {}),
});

async function articleShowing(
  api: TestServices,
  headline: string,
  ...blocks: StoredNode[]
): Promise<Article> {
  const created = await api.ok('articles.create', { headline });
  await api.ok('articles.save', {
    ...created,
    body: documentOf(paragraph(text('Pembuka.')), ...blocks, paragraph(text('Penutup.'))),
  });
  return api.ok('articles.get', { id: created.id });
}

const photosOf = (article: Article) => article.body.root.children.filter((node) => node.type === 'photo');

describe('a correction made on the photo desk, carried into the articles that placed the photo', () => {
  it('the desk sees which articles show the photo with other words, and gives them its own, as a new revision', async () => {
    const api = (s = await openTestServices());
    const photo = addLibraryPhoto(api, PLACED);
    const other = addLibraryPhoto(api, { caption: 'LAIN: Foto lain.' });
    // Placed with the desk's words, twice (one wide); placed and captioned for the article; featured only.
    const placed = await articleShowing(api, 'Dua kali', photoBlock(photo), photoBlock(photo, {}, true));
    const ownCaption = await articleShowing(
      api,
      'Keterangan sendiri',
      photoBlock(photo, { caption: 'KAPAL: Ditulis untuk artikel ini.' }),
      photoBlock(other, { caption: 'LAIN: Tidak disentuh.' }),
    );
    const featured = await api.ok('articles.create', { headline: 'Foto utama', featuredPhotoId: photo });
    // Placed with its fields emptied: it shows the desk's words already (export and search fall back).
    const blank = await articleShowing(
      api,
      'Kosong',
      photoBlock(photo, { caption: '', credit: '', altText: '' }),
    );
    const uses = async () =>
      Object.fromEntries(
        (await api.ok('photos.get', { id: photo })).usedIn.map((use) => [use.headline, use.ownWords]),
      );
    const none = { 'Dua kali': false, 'Keterangan sendiri': false, 'Foto utama': false, Kosong: false };
    expect(await uses()).toEqual({ ...none, 'Keterangan sendiri': true });

    // The desk corrects the caption and the credit: now every copy with words of its own differs.
    const desk = { ...PLACED, caption: 'KAPAL: Kapal bersandar di Belawan.', credit: 'ANI LESTARI/AFP' };
    await api.ok('photos.update', { id: photo, ...desk });
    expect(await uses()).toEqual({ ...none, 'Dua kali': true, 'Keterangan sendiri': true });

    // The words the desk showed before the correction are not what is stored: nothing is copied.
    const staleCopy = await api.fails('photos.copyToArticles', { id: photo, ...PLACED });
    expect(staleCopy.code).toBe('CONFLICT');
    expect(staleCopy.message).toMatch(
      /^This photo’s caption, credit or alt text is not what the desk showed/,
    );
    expect((await api.ok('articles.get', { id: placed.id })).revision).toBe(placed.revision);

    const { articles } = await api.ok('photos.copyToArticles', { id: photo, ...desk });
    expect(articles.map((use) => use.id).sort()).toEqual([placed.id, ownCaption.id].sort());
    expect(articles.every((use) => !use.ownWords)).toBe(true);
    expect(await uses()).toEqual(none);

    const placedNow = await api.ok('articles.get', { id: placed.id });
    expect(photosOf(placedNow)).toEqual([
      { ...photoBlock(photo), ...desk },
      { ...photoBlock(photo, {}, true), ...desk },
    ]);
    expect(placedNow.revision).toBe(placed.revision + 1);
    const ownNow = await api.ok('articles.get', { id: ownCaption.id });
    expect(photosOf(ownNow)).toEqual([
      { ...photoBlock(photo), ...desk },
      photoBlock(other, { caption: 'LAIN: Tidak disentuh.' }),
    ]);
    expect((await api.ok('articles.get', { id: featured.id })).revision).toBe(featured.revision);
    expect((await api.ok('articles.get', { id: blank.id })).revision).toBe(blank.revision);

    // An editor still holding the old revision is refused, not merged over the correction.
    const stale = await api.fails('articles.save', { ...ownCaption, headline: 'Diubah' });
    expect(stale.code).toBe('CONFLICT');
    // The article search finds them by the photo's new words (the blank one, by the desk's, already).
    const found = await api.ok('articles.list', { query: 'belawan' });
    expect(found.map((article) => article.id).sort()).toEqual(
      [placed.id, ownCaption.id, featured.id, blank.id].sort(),
    );
    expect(ownNow.headline).toBe('Keterangan sendiri');

    // Nothing left to copy: no article is saved again.
    expect(await api.ok('photos.copyToArticles', { id: photo, ...desk })).toEqual({ articles: [] });
    expect((await api.ok('articles.get', { id: placed.id })).revision).toBe(placedNow.revision);
    expect((await api.fails('photos.copyToArticles', { id: crypto.randomUUID(), ...desk })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('a published article keeps its address and its first publication date', async () => {
    const api = (s = await openTestServices());
    const photo = addLibraryPhoto(api, PLACED);
    const article = await articleShowing(api, 'Sudah terbit', photoBlock(photo));
    await api.ok('articles.save', { ...article, status: 'published' });
    const published = await api.ok('articles.get', { id: article.id });
    await api.ok('photos.update', { id: photo, caption: 'KAPAL: Dikoreksi.' });
    await api.ok('photos.copyToArticles', { id: photo, ...PLACED, caption: 'KAPAL: Dikoreksi.' });
    const after = await api.ok('articles.get', { id: article.id });
    expect(photosOf(after)[0]).toMatchObject({ caption: 'KAPAL: Dikoreksi.' });
    expect([after.slug, after.status, after.publishedAt]).toEqual([
      published.slug,
      'published',
      published.publishedAt,
    ]);
  });
});
