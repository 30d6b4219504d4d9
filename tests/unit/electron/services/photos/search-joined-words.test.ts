import { afterEach, describe, expect, it } from 'vitest';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices;
afterEach(() => s?.close());

describe('photo and source search: words with or without their apostrophe or hyphen', () => {
  it('finds a photo by either spelling, and follows its caption when the desk edits it', async () => {
    s = await openTestServices();
    const friday = addLibraryPhoto(s, { caption: 'JAKARTA: Jemaah salat Jum’at di Istiqlal.' });
    addLibraryPhoto(s, { caption: 'MEDAN: Pasar Jumat pagi.', credit: 'ANTARA/e-Foto' });
    addLibraryPhoto(s, { caption: 'Lain sama sekali.' });
    const captions = async (query: string) =>
      (await s.ok('photos.list', { query })).map((photo) => photo.caption).sort();
    expect(await captions('jumat')).toEqual([
      'JAKARTA: Jemaah salat Jum’at di Istiqlal.',
      'MEDAN: Pasar Jumat pagi.',
    ]);
    expect(await captions("Jum'at")).toEqual(await captions('jumat'));
    expect(await captions('efoto')).toEqual(['MEDAN: Pasar Jumat pagi.']);

    await s.ok('photos.update', { id: friday, caption: 'JAKARTA: Jemaah salat Id.' });
    expect(await captions('jumat')).toEqual(['MEDAN: Pasar Jumat pagi.']);
    await s.ok('photos.update', { id: friday, caption: 'JAKARTA: Hari Qur’an.' });
    expect(await captions('quran')).toEqual(['JAKARTA: Hari Qur’an.']);
  });

  it('finds a source by either spelling of its name, role or organisation', async () => {
    s = await openTestServices();
    await s.ok('sources.create', { kind: 'person', name: 'Ma’ruf Amin', role: 'Wakil Presiden' });
    await s.ok('sources.create', { kind: 'organisation', name: 'Dukcapil', organisation: 'Layanan e-KTP' });
    await s.ok('sources.create', { kind: 'person', name: 'Marufi Lain' });
    const names = async (query: string) =>
      (await s.ok('sources.list', { query })).map((source) => source.name).sort();
    expect(await names('maruf amin')).toEqual(['Ma’ruf Amin']);
    // A few letters match anywhere in a name, with or without the mark.
    expect(await names('maruf')).toEqual(['Marufi Lain', 'Ma’ruf Amin']);
    expect(await names("Ma'ruf")).toEqual(['Marufi Lain', 'Ma’ruf Amin']);
    expect(await names("Ma'ruf Am")).toEqual(['Ma’ruf Amin']);
    expect(await names('ektp')).toEqual(['Dukcapil']);
    expect(await names('e-KTP')).toEqual(['Dukcapil']);
  });
});
