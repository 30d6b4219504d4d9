import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf, paragraph, paragraphs, sourceMark, text } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

async function article(headline: string, body = paragraphs('Isi.')) {
  const created = await services.ok('articles.create', {});
  await services.ok('articles.save', { ...created, headline, body });
  return services.ok('articles.get', { id: created.id });
}

const registry = async () => (await services.ok('sources.list', {})).map((source) => source.name);

describe('sources.delete', () => {
  it('removes a source no article uses, which is then gone from the registry and its search', async () => {
    const typo = await services.ok('sources.create', { kind: 'person', name: 'Bobby Nasutoin' });
    await services.ok('sources.create', { kind: 'person', name: 'Bobby Nasution' });
    await article('Tanpa sumber');

    expect(await services.ok('sources.delete', { id: typo.id })).toEqual({ id: typo.id });
    expect(await registry()).toEqual(['Bobby Nasution']);
    expect(await services.ok('sources.list', { query: 'nasutoin' })).toEqual([]);
    expect((await services.fails('sources.usage', { id: typo.id })).code).toBe('NOT_FOUND');
    const again = await services.fails('sources.delete', { id: typo.id });
    expect(again.code).toBe('NOT_FOUND');
    expect(again.message).toBe('That source is no longer in the registry.');
  });

  it('refuses a source tagged in a body, naming how many articles use it, and deletes nothing', async () => {
    const source = await services.ok('sources.create', { kind: 'person', name: 'Jake Sullivan' });
    const tagged = await article(
      'Washington prihatin',
      documentOf(paragraph(sourceMark(source.id, text('“Kami sangat prihatin,”')), text(' katanya.'))),
    );
    const refused = await services.fails('sources.delete', { id: source.id });
    expect(refused.code).toBe('SOURCE_IN_USE');
    expect(refused.message).toBe(
      'This source is used in 1 article. Take it out of that article, or merge it into another source, first; nothing was deleted.',
    );
    expect(refused.wording).toEqual({ key: 'source.inUse', values: { n: 1 } });
    expect(await registry()).toEqual(['Jake Sullivan']);
    expect((await services.ok('articles.sources', { id: tagged.id })).entries).toHaveLength(1);

    // Untagged, it can go.
    await services.ok('articles.save', { ...tagged, body: paragraphs('Tanpa tanda.') });
    await services.ok('sources.delete', { id: source.id });
    expect(await registry()).toEqual([]);
  });

  it('refuses a source added by hand, counting each article once', async () => {
    const source = await services.ok('sources.create', { kind: 'organisation', name: 'Kremlin' });
    for (const headline of ['Satu', 'Dua']) {
      const { id } = await article(headline);
      await services.ok('articles.setSources', {
        id,
        byHand: [{ sourceId: source.id, role: 'cited' }],
        quotedFrom: '',
      });
    }
    const refused = await services.fails('sources.delete', { id: source.id });
    expect(refused.code).toBe('SOURCE_IN_USE');
    expect(refused.message).toBe(
      'This source is used in 2 articles. Take it out of them, or merge it into another source, first; nothing was deleted.',
    );
  });

  it('refuses an agency a photo credit in an article names', async () => {
    const afp = await services.ok('sources.create', { kind: 'agency', name: 'AFP' });
    const photoId = addLibraryPhoto(services, { caption: 'KIM: Caption.', credit: 'KCNA/AFP' });
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', { ...created, headline: 'Kim', featuredPhotoId: photoId });
    expect((await services.fails('sources.delete', { id: afp.id })).code).toBe('SOURCE_IN_USE');
    expect(await registry()).toEqual(['AFP']);
  });

  it('refuses a source still tagged in a stored body that the source list missed', async () => {
    const source = await services.ok('sources.create', { kind: 'person', name: 'Jake Sullivan' });
    const tagged = await article(
      'Washington',
      documentOf(paragraph(sourceMark(source.id, text('Ini melanggar sanksi')), text('.'))),
    );
    services.services.db.prepare('DELETE FROM article_sources WHERE article_id = ?').run(tagged.id);
    expect((await services.ok('sources.usage', { id: source.id })).articles).toEqual([]);
    expect((await services.fails('sources.delete', { id: source.id })).code).toBe('SOURCE_IN_USE');
  });
});
