import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapMetadata, readPhotoText } from '../../../../../electron/services/photos/metadata';
import { photoFixture } from '../../../support/photos';

const read = (name: string) => readPhotoText(fs.readFileSync(photoFixture(name)));

describe('metadata mapping on the fixture photos (NEWSROOM.md)', () => {
  it('kosmodrom.jpg: IPTC caption, credit AFP, by-line, copyright, date, city and the XMP alt text', async () => {
    const { text, warning } = await read('kosmodrom.jpg');
    expect(warning).toBeUndefined();
    expect(text).toEqual({
      caption:
        'PUTIN MEETS KIM: Russian President Vladimir Putin and North Korean leader Kim Jong Un visit the Vostochny Cosmodrome in the Amur region on 13 September 2023.',
      credit: 'AFP',
      creator: 'VLADIMIR SMIRNOV',
      copyright: '(c) 2023 AFP',
      altText: 'Two leaders walk past a rocket launch pad',
      dateTaken: '2023-09-13',
      city: 'Tsiolkovsky',
    });
  });

  it('vladivostok.jpg: XMP only — dc:description, photoshop:Credit, dc:creator, dc:rights', async () => {
    const { text } = await read('vladivostok.jpg');
    expect(text).toMatchObject({
      caption: 'Pelabuhan Vladivostok saat senja, Selasa (12/9/2023).',
      credit: 'TRIBUN-MEDAN.COM',
      creator: 'Abdi Tumanggor',
      copyright: '© Tribun Medan',
      altText: '',
    });
  });

  it('portrait.jpg: IPTC caption and credit of a camera photo', async () => {
    const { text } = await read('portrait.jpg');
    expect(text.caption).toBe(
      'Rotated camera photo: EXIF orientation 6 (should display upright after import).',
    );
    expect(text.credit).toBe('TEST DESK');
  });

  it('harbour.png: a PNG without metadata gives empty fields, no warning', async () => {
    const { text, warning } = await read('harbour.png');
    expect(warning).toBeUndefined();
    expect(Object.values(text).every((value) => value === '')).toBe(true);
  });
});

describe('mapMetadata', () => {
  it('prefers IPTC, then XMP, then the camera’s EXIF', () => {
    expect(
      mapMetadata({
        iptc: { Caption: 'FROM IPTC: Caption.' },
        dc: { description: { lang: 'x-default', value: 'from xmp' } },
        ifd0: { ImageDescription: 'from exif', Artist: 'Camera Owner', Copyright: 'Owner 2024' },
      }),
    ).toMatchObject({ caption: 'FROM IPTC: Caption.', creator: 'Camera Owner', copyright: 'Owner 2024' });
  });

  it('reads XMP language alternatives (x-default first) and lists of creators', () => {
    expect(
      mapMetadata({
        dc: {
          description: [
            { lang: 'id', value: 'Bahasa Indonesia' },
            { lang: 'x-default', value: 'Default language' },
          ],
          creator: ['Ani', 'Budi'],
        },
      }),
    ).toMatchObject({ caption: 'Default language', creator: 'Ani, Budi' });
  });

  it('takes one of the languages when no default is given, never all of them run together', () => {
    expect(
      mapMetadata({
        dc: {
          description: [
            { lang: 'id', value: 'BANJIR: Warga mengungsi di Medan.' },
            { lang: 'en', value: 'FLOOD: Residents flee in Medan.' },
          ],
        },
      }),
    ).toMatchObject({ caption: 'BANJIR: Warga mengungsi di Medan.' });
  });

  it('drops control characters, C1 ones too, and takes a text of only zero-width characters for none', () => {
    expect(
      mapMetadata({
        iptc: { Caption: 'JUM\u0080\u0099AT: Salat.', Credit: '\u200b\u200b', City: ' \u00ad ' },
      }),
    ).toMatchObject({ caption: 'JUMAT: Salat.', credit: '', city: '' });
  });

  it('takes the EXIF date taken as a day, and drops control characters and GPS', () => {
    const text = mapMetadata({
      exif: { DateTimeOriginal: new Date(2023, 8, 13, 14, 5) },
      iptc: { City: 'Medan\u0000', Credit: ' AFP\u0007 ' },
      gps: { latitude: 3.59, longitude: 98.67 },
    });
    expect(text).toMatchObject({ dateTaken: '2023-09-13', city: 'Medan', credit: 'AFP' });
    expect(JSON.stringify(text)).not.toMatch(/3\.59|98\.67/);
  });

  it('cuts fields to what the library stores', () => {
    expect(mapMetadata({ iptc: { Caption: 'x'.repeat(10_000) } }).caption).toHaveLength(4_000);
  });
});
