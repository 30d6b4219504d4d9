import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentOf, paragraph, photoBlock, text } from '../../../support/documents';
import { filesUnder, importFiles, photoFixture } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices | null = null;
afterEach(() => s?.close());

const media = (api: TestServices) => [
  ...filesUnder(path.join(api.dataDir, 'media')),
  ...filesUnder(path.join(api.dataDir, 'renditions')),
];

describe('deleting a photo from the library', () => {
  it('removes an unused photo, its original and its renditions, and leaves the other photos’ files', async () => {
    const api = (s = await openTestServices());
    const job = await importFiles(api, [photoFixture('kosmodrom.jpg'), photoFixture('harbour.png')]);
    const [gone, kept] = job.files.map((file) => file.photoId!);
    const keptSha = (await api.ok('photos.get', { id: kept! })).sha256;
    const goneSha = (await api.ok('photos.get', { id: gone! })).sha256;
    expect(media(api).filter((file) => file.includes(goneSha)).length).toBeGreaterThan(1);

    expect(await api.ok('photos.delete', { id: gone! })).toEqual({ id: gone });
    expect((await api.ok('photos.list', {})).map((photo) => photo.id)).toEqual([kept]);
    expect((await api.fails('photos.get', { id: gone! })).code).toBe('NOT_FOUND');
    expect(media(api).filter((file) => file.includes(goneSha))).toEqual([]);
    expect(media(api).filter((file) => file.includes(keptSha)).length).toBeGreaterThan(1);
    // Its words are out of the search index too.
    expect(await api.ok('photos.list', { query: 'Vostochny' })).toEqual([]);
    expect((await api.fails('photos.delete', { id: gone! })).code).toBe('NOT_FOUND');
  });

  it('a photo deleted while the same file is imported again leaves the new import with all its files', async () => {
    const api = (s = await openTestServices());
    const first = (await importFiles(api, [photoFixture('kosmodrom.jpg')])).files[0]!.photoId!;
    // The delete lands at the worst moment: the worker has found the first import's files on disk
    // (and reused them), the new row is not stored yet.
    const worker = api.services.importer['worker'];
    const process = worker.process.bind(worker);
    let deleted = false;
    worker.process = async (task) => {
      const reply = await process(task);
      if (!deleted) {
        deleted = true;
        await api.ok('photos.delete', { id: first });
      }
      return reply;
    };

    const again = (await importFiles(api, [photoFixture('kosmodrom.jpg')])).files[0]!;
    expect(deleted).toBe(true);
    expect(again.state).toBe('imported');
    expect(again.photoId).not.toBe(first);
    const sha = (await api.ok('photos.get', { id: again.photoId! })).sha256;
    // The original and 4 widths × (WebP + JPEG).
    expect(media(api).filter((file) => file.includes(sha))).toHaveLength(9);
  });

  it('refuses while an article shows it, in the body or as featured photo, or it is the logo, deleting nothing', async () => {
    const api = (s = await openTestServices());
    const job = await importFiles(api, [photoFixture('kosmodrom.jpg')]);
    const id = job.files[0]!.photoId!;
    const before = media(api);
    const created = await api.ok('articles.create', { headline: 'Kapal di Belawan' });
    const saved = await api.ok('articles.save', {
      ...created,
      body: documentOf(paragraph(text('Isi.')), photoBlock(id)),
    });
    const inBody = await api.fails('photos.delete', { id });
    expect(inBody.code).toBe('PHOTO_IN_USE');
    expect(inBody.message).toBe(
      'This photo is used in an article (“Kapal di Belawan”). Take it out of that article first; nothing was deleted.',
    );

    const article = await api.ok('articles.get', { id: created.id });
    await api.ok('articles.save', {
      ...article,
      revision: saved.revision,
      featuredPhotoId: id,
      body: documentOf(paragraph(text('Isi.'))),
    });
    expect((await api.fails('photos.delete', { id })).code).toBe('PHOTO_IN_USE');
    const now = await api.ok('articles.get', { id: created.id });
    await api.ok('articles.save', { ...now, featuredPhotoId: null });

    await api.ok('settings.update', { publication: { logoPhotoId: id } });
    expect((await api.fails('photos.delete', { id })).message).toContain('the publication’s logo');
    expect(media(api)).toEqual(before);
    expect((await api.ok('photos.get', { id })).id).toBe(id);

    await api.ok('settings.update', { publication: { logoPhotoId: '' } });
    await api.ok('photos.delete', { id });
    expect(media(api)).toEqual([]);
  });
});
