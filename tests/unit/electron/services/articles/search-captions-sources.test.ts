import { afterEach, describe, expect, it } from 'vitest';
import type { StoredDocument, StoredNode } from '../../../../../shared/editor/document';
import { documentOf, paragraph, sourceMark, text } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices;
afterEach(() => s?.close());

const PHOTO = '0b6f3c4e-2a51-4a8e-9a57-2f1c3d4e5f60';
const photo = (caption: string): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId: PHOTO,
  caption,
  credit: 'AFP',
  altText: '',
});

async function write(headline: string, body: StoredDocument): Promise<{ id: string; revision: number }> {
  const created = await s.ok('articles.create', { headline });
  const saved = await s.ok('articles.save', { ...created, body });
  return { id: created.id, revision: saved.revision };
}
const found = async (query: string) =>
  (await s.ok('articles.list', { query })).map((summary) => summary.headline);

describe('article search over photo captions and source names', () => {
  it('finds an article by a word of a photo caption in its body, and follows the caption when it is edited', async () => {
    s = await openTestServices();
    const article = await write(
      'Kapal bersandar',
      documentOf(paragraph(text('Isi berita.')), photo('PELABUHAN BELAWAN: Kapal bersandar saat senja.')),
    );
    await write('Berita lain', documentOf(paragraph(text('Tanpa foto.'))));
    expect(await found('Belawan')).toEqual(['Kapal bersandar']);

    const current = await s.ok('articles.get', { id: article.id });
    await s.ok('articles.save', {
      ...current,
      body: documentOf(paragraph(text('Isi berita.')), photo('PELABUHAN KUALA TANJUNG: Kapal bersandar.')),
    });
    expect(await found('Belawan')).toEqual([]);
    expect(await found('Kuala Tanjung')).toEqual(['Kapal bersandar']);
  });

  it('finds an article by the captions it shows: the library’s for a block without its own, and the featured photo’s', async () => {
    s = await openTestServices();
    const uncaptioned = addLibraryPhoto(s, { caption: 'MEDAN: Hujan deras di Jalan Gatot Subroto.' });
    const featured = addLibraryPhoto(s, { caption: 'DELI SERDANG: Warga mengungsi.' });
    const article = await write(
      'Banjir',
      documentOf(paragraph(text('Isi berita.')), { ...photo(''), photoId: uncaptioned, caption: '' }),
    );
    const current = await s.ok('articles.get', { id: article.id });
    await s.ok('articles.save', { ...current, featuredPhotoId: featured });
    expect(await found('Gatot')).toEqual(['Banjir']);
    expect(await found('mengungsi')).toEqual(['Banjir']);

    // The photo desk rewrites a library caption: the article is found by the new words only.
    await s.ok('photos.update', { id: featured, caption: 'DELI SERDANG: Posko pengungsian dibuka.' });
    expect(await found('mengungsi')).toEqual([]);
    expect(await found('posko')).toEqual(['Banjir']);

    // An article whose stored body is damaged does not stop the desk from editing the caption.
    s.services.db.prepare('UPDATE articles SET body = ? WHERE id = ?').run('{"root": broken', article.id);
    await s.ok('photos.update', { id: featured, caption: 'DELI SERDANG: Air surut.' });
    expect(await found('surut')).toEqual(['Banjir']);
  });

  it('finds an article by the name of a source tagged in it or added by hand, renamed or merged', async () => {
    s = await openTestServices();
    const sullivan = await s.ok('sources.create', { kind: 'person', name: 'Jake Sullivan' });
    const kremlin = await s.ok('sources.create', { kind: 'organisation', name: 'Kremlin' });
    const tagged = await write(
      'Gedung Putih prihatin',
      documentOf(paragraph(sourceMark(sullivan.id, text('“Kami prihatin,” katanya.')))),
    );
    const byHand = await write('Moskow menanggapi', documentOf(paragraph(text('Tanggapan resmi.'))));
    await s.ok('articles.setSources', {
      id: byHand.id,
      byHand: [{ sourceId: kremlin.id, role: 'cited' }],
      quotedFrom: '',
    });
    expect(await found('Sullivan')).toEqual(['Gedung Putih prihatin']);
    expect(await found('Kremlin')).toEqual(['Moskow menanggapi']);

    // A renamed source is found by its new name only.
    await s.ok('sources.update', { id: kremlin.id, name: 'Istana Kremlin' });
    expect(await found('Istana')).toEqual(['Moskow menanggapi']);
    await s.ok('sources.update', { id: sullivan.id, name: 'Jacob Sullivan' });
    expect(await found('Jake')).toEqual([]);
    expect(await found('Jacob')).toEqual(['Gedung Putih prihatin']);

    // A merged duplicate's articles are found by the survivor's name.
    const duplicate = await s.ok('sources.create', { kind: 'person', name: 'J. Sullivan (NSC)' });
    await write(
      'Penasihat keamanan',
      documentOf(paragraph(sourceMark(duplicate.id, text('“Kami memantau,” ujarnya.')))),
    );
    expect(await found('NSC')).toEqual(['Penasihat keamanan']);
    await s.ok('sources.merge', { keepId: sullivan.id, duplicateId: duplicate.id });
    expect(await found('NSC')).toEqual([]);
    expect((await found('Jacob')).sort()).toEqual(['Gedung Putih prihatin', 'Penasihat keamanan']);

    // Untagging takes the name out of the article's searchable words.
    const current = await s.ok('articles.get', { id: tagged.id });
    await s.ok('articles.save', {
      ...current,
      body: documentOf(paragraph(text('“Kami prihatin,” katanya.'))),
    });
    expect(await found('Jacob')).toEqual(['Penasihat keamanan']);
  });
});
