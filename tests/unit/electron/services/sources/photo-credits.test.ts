import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentOf, paragraph, photoBlock, text } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

/** A library photo with this credit (and a caption), as the importer adds it. */
const addPhoto = (credit: string): string => addLibraryPhoto(services, { caption: 'KIM: Caption.', credit });

describe('photo credits as sources of photos', () => {
  it("match each credit's agency or outlet to the registry by name or short form; other credits are listed as they are", async () => {
    const afp = await services.ok('sources.create', { kind: 'agency', name: 'Agence France-Presse (AFP)' });
    const voa = await services.ok('sources.create', { kind: 'outlet', name: 'VOA' });
    await services.ok('sources.create', { kind: 'person', name: 'Vladimir Smirnov' });
    const fromAfp = addPhoto('VLADIMIR SMIRNOV/AFP/VIA TRIBUNNEWS');
    const screenshot = addPhoto('TANGKAPAN LAYAR VIDEO VOA');
    const featured = addPhoto('KCNA/AFP');
    const bodyCredit = addPhoto('');
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Kim dan Putin',
      featuredPhotoId: featured,
      body: documentOf(
        paragraph(text('Isi.')),
        photoBlock(fromAfp, { credit: '' }),
        photoBlock(screenshot, { credit: '' }),
        photoBlock(bodyCredit, { credit: 'STRINGER/VOA' }),
      ),
    });

    const { photoCredits } = await services.ok('articles.sources', { id: created.id });
    expect(photoCredits.map((credit) => [credit.credit, credit.photos, credit.source?.id ?? null])).toEqual([
      ['Agence France-Presse (AFP)', 2, afp.id],
      ['TANGKAPAN LAYAR VIDEO VOA', 1, null],
      ['VOA', 1, voa.id],
    ]);

    const usage = await services.ok('sources.usage', { id: afp.id });
    expect(usage.articles).toEqual([{ id: created.id, headline: 'Kim dan Putin', roles: ['photo'] }]);
  });

  it("count the credit the article shows: a block's own credit names its agency, and hides the library's", async () => {
    const afp = await services.ok('sources.create', { kind: 'agency', name: 'AFP' });
    const antara = await services.ok('sources.create', { kind: 'agency', name: 'Antara' });
    const person = await services.ok('sources.create', { kind: 'person', name: 'Antara' });
    const libraryAfp = addPhoto('KCNA/AFP');
    const uncredited = addPhoto('');
    const rewritten = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...rewritten,
      headline: 'Credit rewritten',
      body: documentOf(paragraph(text('Isi.')), photoBlock(libraryAfp, { credit: 'HENDRA/ANTARA' })),
    });
    const ownCredit = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...ownCredit,
      headline: 'Own credit',
      body: documentOf(paragraph(text('Isi.')), photoBlock(uncredited, { credit: 'ANTARA FOTO/ANTARA' })),
    });
    const asLibrary = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...asLibrary,
      headline: 'Library credit',
      body: documentOf(paragraph(text('Isi.')), photoBlock(libraryAfp, { credit: '' })),
    });

    const headlines = (usage: { articles: Array<{ headline: string }> }) =>
      usage.articles.map((article) => article.headline).sort();
    expect(headlines(await services.ok('sources.usage', { id: antara.id }))).toEqual([
      'Credit rewritten',
      'Own credit',
    ]);
    expect(headlines(await services.ok('sources.usage', { id: afp.id }))).toEqual(['Library credit']);
    // A person is never matched by a credit, even by the same name.
    expect(headlines(await services.ok('sources.usage', { id: person.id }))).toEqual([]);

    // The article list's source filter agrees with "Used in".
    const listed = async (sourceId: string) =>
      (await services.ok('articles.list', { sourceId })).map((article) => article.headline).sort();
    expect(await listed(antara.id)).toEqual(['Credit rewritten', 'Own credit']);
    expect(await listed(afp.id)).toEqual(['Library credit']);
    expect(await listed(person.id)).toEqual([]);
  });

  it("count in the registry's list every article its Used in lists, photo credits included, as credits, names and kinds change", async () => {
    const reuters = await services.ok('sources.create', { kind: 'agency', name: 'Reuters' });
    const antara = await services.ok('sources.create', { kind: 'agency', name: 'Antara' });
    const photo = addPhoto('ANI/REUTERS');
    const credited = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...credited,
      headline: 'Credited only',
      body: documentOf(paragraph(text('Isi.')), photoBlock(photo, { credit: '' })),
    });
    const tagged = await services.ok('articles.create', {});
    await services.ok('articles.setSources', {
      id: tagged.id,
      byHand: [{ sourceId: antara.id, role: 'cited' }],
    });
    const count = async (id: string) =>
      (await services.ok('sources.list', {})).find((source) => source.id === id)!.usageCount;
    const usedIn = async (id: string) => (await services.ok('sources.usage', { id })).articles.length;

    expect([await count(reuters.id), await usedIn(reuters.id)]).toEqual([1, 1]);
    expect((await services.ok('sources.usage', { id: reuters.id })).source.usageCount).toBe(1);
    // The library credit now names Antara: Reuters is no longer used, Antara by both articles.
    await services.ok('photos.update', { id: photo, credit: 'ANI/ANTARA' });
    expect([await count(reuters.id), await usedIn(reuters.id)]).toEqual([0, 0]);
    expect([await count(antara.id), await usedIn(antara.id)]).toEqual([2, 2]);
    // A credit using the short form in brackets, once the source is named with it.
    await services.ok('photos.update', { id: photo, credit: 'ANI/RTR' });
    await services.ok('sources.update', { id: reuters.id, name: 'Reuters (RTR)' });
    expect([await count(reuters.id), await usedIn(reuters.id)]).toEqual([1, 1]);
    // A person of the same name is never matched by a credit.
    await services.ok('sources.update', { id: reuters.id, kind: 'person' });
    expect([await count(reuters.id), await usedIn(reuters.id)]).toEqual([0, 0]);
    // The article's own credit for the block, saved, counts instead of the library's.
    await services.ok('sources.update', { id: reuters.id, kind: 'agency' });
    const stored = await services.ok('articles.get', { id: credited.id });
    await services.ok('articles.save', {
      ...stored,
      body: documentOf(paragraph(text('Isi.')), photoBlock(photo, { credit: 'STRINGER/ANTARA' })),
    });
    expect([await count(reuters.id), await count(antara.id)]).toEqual([0, 2]);
    await services.fails('sources.delete', { id: antara.id });
    await services.ok('sources.delete', { id: reuters.id });
  });

  it('keep the credits an article showed at its last save when its stored body is later damaged; the article itself says it is damaged', async () => {
    const antara = await services.ok('sources.create', { kind: 'agency', name: 'Antara' });
    const photo = addPhoto('HENDRA/ANTARA');
    const ids: string[] = [];
    for (const headline of ['Readable', 'Damaged']) {
      const created = await services.ok('articles.create', {});
      await services.ok('articles.save', {
        ...created,
        headline,
        body: documentOf(paragraph(text('Isi.')), photoBlock(photo, { credit: '' })),
      });
      ids.push(created.id);
    }
    services.services.db.prepare('UPDATE articles SET body = ? WHERE id = ?').run('{"root": {"type', ids[1]);

    // Still a use: deleting the agency must not leave the article's credit naming nothing.
    const usage = await services.ok('sources.usage', { id: antara.id });
    expect(usage.articles.map((article) => article.headline).sort()).toEqual(['Damaged', 'Readable']);
    const listed = await services.ok('articles.list', { sourceId: antara.id });
    expect(listed.map((article) => article.headline).sort()).toEqual(['Damaged', 'Readable']);
    // A library credit changed meanwhile leaves the damaged article's credits as they were.
    await services.ok('photos.update', { id: photo, credit: 'BUDI/REUTERS' });
    expect((await services.ok('sources.usage', { id: antara.id })).articles.map((a) => a.headline)).toEqual([
      'Damaged',
    ]);
    const refused = await services.fails('articles.sources', { id: ids[1] });
    expect(refused.code).toBe('DATABASE_CORRUPT');
    expect(refused.wording?.key).toBe('article.unreadable');
  });
});

describe('merging an agency used through photo credits', () => {
  it('moves its credit uses to the source kept, which answers to the merged name in credits and search, renamed or not', async () => {
    const kept = await services.ok('sources.create', { kind: 'agency', name: 'Agence France-Presse' });
    const afp = await services.ok('sources.create', { kind: 'agency', name: 'AFP' });
    const photoId = addPhoto('KCNA/AFP');
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Kim',
      body: documentOf(paragraph(text('Isi.')), photoBlock(photoId, { credit: '' })),
    });
    expect((await services.ok('sources.usage', { id: afp.id })).articles).toHaveLength(1);

    await services.ok('sources.merge', { keepId: kept.id, duplicateId: afp.id });
    const uses = async () => (await services.ok('sources.usage', { id: kept.id })).articles;
    expect(await uses()).toEqual([{ id: created.id, headline: 'Kim', roles: ['photo'] }]);
    expect((await services.ok('sources.list', {})).map((source) => [source.name, source.usageCount])).toEqual(
      [['Agence France-Presse', 1]],
    );
    const { photoCredits } = await services.ok('articles.sources', { id: created.id });
    expect(photoCredits.map((credit) => credit.source?.id ?? null)).toEqual([kept.id]);
    expect((await services.ok('sources.list', { query: 'afp' })).map((source) => source.id)).toEqual([
      kept.id,
    ]);
    expect((await services.ok('articles.list', { sourceId: kept.id })).map((article) => article.id)).toEqual([
      created.id,
    ]);

    // Edited or renamed later, it still answers to the name merged into it.
    await services.ok('sources.update', { id: kept.id, name: 'AFP News Agency' });
    expect(await uses()).toHaveLength(1);
  });
});
