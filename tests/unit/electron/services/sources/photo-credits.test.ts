import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PhotoText } from '../../../../../shared/api/photo';
import type { StoredNode } from '../../../../../shared/editor/document';
import { addImportedPhoto } from '../../../../../electron/services/photos/store';
import { documentOf, paragraph, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

const EMPTY: PhotoText = {
  caption: '',
  credit: '',
  altText: '',
  creator: '',
  copyright: '',
  dateTaken: '',
  city: '',
};
let counter = 0;

/** A library row as the importer adds it (the image files are not needed to read credits). */
function addPhoto(credit: string): string {
  counter += 1;
  return addImportedPhoto(
    services.services.db,
    {
      sha256: counter.toString(16).padStart(64, 'a'),
      ext: 'jpg',
      width: 1200,
      height: 800,
      bytes: 1000,
      text: { ...EMPTY, caption: 'KIM: Caption.', credit },
    },
    `photo-${counter}.jpg`,
    () => new Date(),
  ).photoId;
}

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
