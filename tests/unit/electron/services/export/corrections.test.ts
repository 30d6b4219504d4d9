import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ninjsValidator } from '../../../support/checkers';
import { documentOf, paragraph, photoBlock, sourceMark, text } from '../../../support/documents';
import { addLibraryPhoto, importFiles, photoFixture } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

// A correction made in the photo library or the source registry, not in the article, changes what
// the package prints: its modified time and ninjs version must say so (else sites and aggregators
// that re-read the package by its dates never take the correction), and nothing else may move them.

const SAVED = new Date('2025-09-13T07:30:00.000Z');
let clock = SAVED;
let services: TestServices;
let out: string;

beforeEach(async () => {
  clock = SAVED;
  services = await openTestServices({ now: () => clock });
  out = tempFolder('redaksi-export');
  await services.ok('settings.update', { publication: { name: 'Tribun Medan', language: 'id' } });
});
afterEach(() => services.close());

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
const validate = ninjsValidator();
/** The article under test (set by each test once it is made). */
let article = '';

/** The package as written: every file's bytes by path, and the zip's. */
async function exportAt(when: string) {
  clock = new Date(when);
  const result = await services.ok('export.run', {
    id: article,
    folder: out,
    zip: true,
    acceptWarnings: true,
  });
  const files = Object.fromEntries(
    result.files.map((file) => [file, fs.readFileSync(path.join(result.folder, file))]),
  );
  return { files, zip: fs.readFileSync(result.zipFile!) };
}

/** Byte for byte the same package, folder and zip (Buffer.equals: a deep toEqual of megabytes is slow). */
function expectSame(a: Awaited<ReturnType<typeof exportAt>>, b: Awaited<ReturnType<typeof exportAt>>) {
  expect(Object.keys(a.files)).toEqual(Object.keys(b.files));
  for (const [file, bytes] of Object.entries(a.files)) expect(bytes.equals(b.files[file]!), file).toBe(true);
  expect(a.zip.equals(b.zip), 'zip').toBe(true);
}

/** What the package says about when it changed: its pages' head and JSON-LD, article.json, the zip's entries. */
function dates(written: Awaited<ReturnType<typeof exportAt>>) {
  const page = written.files['index.html']!.toString('utf8');
  const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!) as {
    datePublished: string;
    dateModified: string;
  };
  const ninjs = JSON.parse(written.files['article.json']!.toString('utf8')) as Record<string, unknown>;
  expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
  // Every page says the same as the first.
  const modifiedTime = /property="article:modified_time" content="([^"]+)"/.exec(page)![1];
  for (const [file, bytes] of Object.entries(written.files))
    if (file.endsWith('.html')) expect(bytes.toString('utf8'), file).toContain(`content="${modifiedTime}"`);
  // The first zip entry's local header: MS-DOS time at offset 10, date at 12.
  const [time, day] = [written.zip.readUInt16LE(10), written.zip.readUInt16LE(12)];
  return {
    published: ld.datePublished,
    publishedTime: /property="article:published_time" content="([^"]+)"/.exec(page)![1],
    modified: ld.dateModified,
    modifiedTime,
    versionCreated: ninjs.versionCreated,
    version: ninjs.version,
    zipped: new Date(
      Date.UTC(
        1980 + (day >> 9),
        ((day >> 5) & 15) - 1,
        day & 31,
        time >> 11,
        (time >> 5) & 63,
        (time & 31) * 2,
      ),
    ).toISOString(),
  };
}

const all = (moment: string) => ({
  modified: moment,
  modifiedTime: moment,
  versionCreated: moment,
  zipped: moment,
});
const asNumber = (version: unknown) => Number(version);

async function revision(): Promise<number> {
  return (await services.ok('articles.get', { id: article })).revision;
}

describe('a correction outside the article', () => {
  it('a caption corrected in the library: the package shows it, dated by the correction, with a new ninjs version; nothing else moves it', async () => {
    await importFiles(services, ['kosmodrom.jpg', 'vladivostok.jpg'].map(photoFixture));
    const ids = Object.fromEntries(
      (await services.ok('photos.list', {})).map((photo) => [photo.originalName, photo.id]),
    );
    const [featured, inBody] = [ids['kosmodrom.jpg']!, ids['vladivostok.jpg']!];
    const unused = addLibraryPhoto(services, { caption: 'POTRET: Warga.', credit: 'ANI LESTARI' }, SAVED);
    await services.ok('photos.update', {
      id: inBody,
      caption: 'PELABUHAN: Kapal di Vladivostok.',
      credit: 'ANI LESTARI/TRIBUN MEDAN',
    });
    const created = await services.ok('articles.create', {});
    article = created.id;
    await services.ok('articles.save', {
      ...created,
      headline: 'Putin dan Kim di Vostochny',
      lead: 'Pertemuan bersejarah.',
      featuredPhotoId: featured,
      // No words of its own: the block prints the library's caption and credit.
      body: documentOf(paragraph(text(words(150))), photoBlock(inBody, { caption: '', credit: '' })),
    });
    const rev = await revision();

    const first = await exportAt('2025-09-14T08:00:00.000Z');
    const saved = SAVED.toISOString();
    expect(dates(first)).toEqual({
      published: saved,
      publishedTime: saved,
      version: String(rev),
      ...all(saved),
    });
    // The clock moving on, and a photo the article does not show corrected, change nothing.
    clock = new Date('2025-09-15T09:00:00.000Z');
    await services.ok('photos.update', { id: unused, caption: 'POTRET: Warga Medan.' });
    const again = await exportAt('2025-09-16T10:00:00.000Z');
    expectSame(again, first);

    const corrected = '2025-10-01T11:22:34.567Z';
    clock = new Date(corrected);
    await services.ok('photos.update', { id: inBody, caption: 'PELABUHAN: Kapal bersandar di Vladivostok.' });
    const second = await exportAt('2025-10-02T12:00:00.000Z');
    expect(second.files['index.html']!.toString('utf8')).toContain(
      'PELABUHAN: Kapal bersandar di Vladivostok.',
    );
    expect(second.files['article.json']!.toString('utf8')).toContain(
      'PELABUHAN: Kapal bersandar di Vladivostok.',
    );
    expect(dates(second)).toEqual({
      published: saved,
      publishedTime: saved,
      version: `${rev}.20251001112234567`,
      // The zip's MS-DOS time keeps even seconds.
      ...all(corrected),
      zipped: '2025-10-01T11:22:34.000Z',
    });
    expect(await revision()).toBe(rev);
    const unchanged = await exportAt('2025-10-03T12:00:00.000Z');
    expectSame(unchanged, second);
    // The photo's words saved again as they are (a field left as it was, its spaces trimmed): no correction.
    clock = new Date('2025-10-04T00:00:00.000Z');
    await services.ok('photos.update', {
      id: inBody,
      caption: 'PELABUHAN: Kapal bersandar di Vladivostok. ',
      credit: 'ANI LESTARI/TRIBUN MEDAN',
    });
    expectSame(await exportAt('2025-10-04T12:00:00.000Z'), second);

    // The featured photo's credit corrected later still: a later version, still below the next revision.
    const later = '2025-10-05T06:00:00.000Z';
    clock = new Date(later);
    await services.ok('photos.update', { id: featured, credit: 'VLADIMIR SMIRNOV/AFP' });
    const third = dates(await exportAt('2025-10-06T12:00:00.000Z'));
    expect(third).toMatchObject({ published: saved, ...all(later), version: `${rev}.20251005060000000` });
    expect(asNumber(third.version)).toBeGreaterThan(asNumber(dates(second).version));
    expect(asNumber(third.version)).toBeLessThan(rev + 1);

    // The article saved again: its own change is the latest, and its revision the version.
    clock = new Date('2025-10-07T00:00:00.000Z');
    await services.ok('articles.save', {
      ...(await services.ok('articles.get', { id: article })),
      lead: 'Baru.',
    });
    expect(dates(await exportAt('2025-10-08T00:00:00.000Z'))).toMatchObject({
      ...all('2025-10-07T00:00:00.000Z'),
      version: String(rev + 1),
    });
  }, 60_000);
});

/**
 * An article quoting a registry person, with a photo credited to AFP (or the block's own `photoWords`),
 * saved at SAVED.
 */
async function sourcedArticle(photoWords?: Parameters<typeof photoBlock>[1]) {
  await importFiles(services, [photoFixture('vladivostok.jpg')]);
  const [photo] = await services.ok('photos.list', {});
  const sullivan = await services.ok('sources.create', {
    kind: 'person',
    name: 'Jake Sulivan',
    role: 'juru bicara',
    organisation: 'Gedung Putih',
    url: '',
  });
  const created = await services.ok('articles.create', {});
  article = created.id;
  await services.ok('articles.save', {
    ...created,
    headline: 'Kim dan Putin bertemu',
    lead: 'Washington prihatin.',
    body: documentOf(
      paragraph(sourceMark(sullivan.id, text('“Kami sangat prihatin,”')), text(` kata dia. ${words(150)}`)),
      photoBlock(photo!.id, photoWords),
    ),
  });
  return { sullivan, photo: photo!, rev: await revision() };
}

describe('a change in the source registry', () => {
  it('a source renamed in the registry: the package names it anew, dated by the rename, with a new ninjs version', async () => {
    const { sullivan, rev } = await sourcedArticle();
    const first = await exportAt('2025-09-14T08:00:00.000Z');
    expect(dates(first)).toMatchObject({ version: String(rev), ...all(SAVED.toISOString()) });
    expectSame(await exportAt('2025-09-15T08:00:00.000Z'), first);

    const renamed = '2025-09-20T14:05:06.000Z';
    clock = new Date(renamed);
    await services.ok('sources.update', { id: sullivan.id, name: 'Jake Sullivan' });
    const second = await exportAt('2025-09-21T08:00:00.000Z');
    const page = second.files['index.html']!.toString('utf8');
    expect(page).toContain(`data-source="${sullivan.id}" title="Jake Sullivan"`);
    expect(page).toContain('<span class="source-name">Jake Sullivan</span>');
    expect(second.files['article.json']!.toString('utf8')).toContain('"name": "Jake Sullivan"');
    expect(dates(second)).toEqual({
      published: SAVED.toISOString(),
      publishedTime: SAVED.toISOString(),
      version: `${rev}.20250920140506000`,
      ...all(renamed),
    });
    expectSame(await exportAt('2025-09-22T08:00:00.000Z'), second);
    // Saved again as it is: no correction, the package stays as it was.
    clock = new Date('2025-09-23T08:00:00.000Z');
    await services.ok('sources.update', { id: sullivan.id, name: 'Jake Sullivan ', role: 'juru bicara' });
    expectSame(await exportAt('2025-09-24T08:00:00.000Z'), second);
  });

  it('an agency added to the registry that a photo credit names: the package cites it, dated by its addition', async () => {
    const { rev } = await sourcedArticle();
    const first = await exportAt('2025-09-14T08:00:00.000Z');
    expect(first.files['article.json']!.toString('utf8')).not.toContain('Agence France-Presse');

    const added = '2025-09-18T03:04:06.000Z';
    clock = new Date(added);
    await services.ok('sources.create', {
      kind: 'agency',
      name: 'Agence France-Presse (AFP)',
      role: '',
      organisation: '',
      url: '',
    });
    const second = await exportAt('2025-09-19T08:00:00.000Z');
    expect(second.files['index.html']!.toString('utf8')).toMatch(
      /<span class="source-name">Agence France-Presse \(AFP\)<\/span><span class="source-role"> \(foto\)<\/span>/,
    );
    expect(dates(second)).toMatchObject({ version: `${rev}.20250918030406000`, ...all(added) });
    expectSame(await exportAt('2025-09-20T08:00:00.000Z'), second);
  });
});

describe('a change the package does not print', () => {
  it('a photo’s city or date taken, or a source’s notes, edited: the same bytes; its creator or a source’s address: a new version', async () => {
    const { sullivan, photo, rev } = await sourcedArticle({
      caption: 'PELABUHAN: Kapal.',
      credit: 'ANI LESTARI',
    });
    const first = await exportAt('2025-09-14T08:00:00.000Z');
    expect(dates(first)).toMatchObject({ version: String(rev), ...all(SAVED.toISOString()) });

    // The desk's own fields: the photo's city and date taken, the source's notes.
    clock = new Date('2025-09-15T09:00:00.000Z');
    await services.ok('photos.update', { id: photo.id, city: 'Vladivostok', dateTaken: '2023-09-13' });
    clock = new Date('2025-09-16T09:00:00.000Z');
    await services.ok('sources.update', { id: sullivan.id, notes: 'Nomor kantor di buku alamat.' });
    expect(await services.ok('photos.get', { id: photo.id })).toMatchObject({ city: 'Vladivostok' });
    expectSame(await exportAt('2025-09-17T08:00:00.000Z'), first);

    // The creator is printed (JSON-LD, ninjs) though the block's own caption and credit stand.
    const credited = '2025-09-18T10:11:12.000Z';
    clock = new Date(credited);
    await services.ok('photos.update', { id: photo.id, creator: 'ANI LESTARI' });
    const second = await exportAt('2025-09-19T08:00:00.000Z');
    expect(dates(second)).toMatchObject({ version: `${rev}.20250918101112000`, ...all(credited) });

    const linked = '2025-09-20T01:02:04.000Z';
    clock = new Date(linked);
    await services.ok('sources.update', { id: sullivan.id, url: 'https://www.whitehouse.gov/' });
    const third = await exportAt('2025-09-21T08:00:00.000Z');
    expect(third.files['index.html']!.toString('utf8')).toContain('href="https://www.whitehouse.gov/"');
    expect(dates(third)).toMatchObject({ version: `${rev}.20250920010204000`, ...all(linked) });
  });
});
