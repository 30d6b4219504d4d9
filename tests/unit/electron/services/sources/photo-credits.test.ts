import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredNode } from '../../../../../shared/editor/document';
import { documentOf, paragraph, text } from '../../../support/documents';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

/** A library photo with this credit (and a caption), as the importer adds it. */
const addPhoto = (credit: string): string => addLibraryPhoto(services, { caption: 'KIM: Caption.', credit });

const photoBlock = (photoId: string, credit: string): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId,
  caption: 'KIM: Caption.',
  credit,
  altText: 'Two men shaking hands',
});

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
        photoBlock(fromAfp, ''),
        photoBlock(screenshot, ''),
        photoBlock(bodyCredit, 'STRINGER/VOA'),
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
});
