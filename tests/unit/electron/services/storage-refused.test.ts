import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sayIn } from '../../../../shared/api/wording';
import { storageFailure, whileReading } from '../../../../electron/services/storage-failure';
import { renditionPath } from '../../../../electron/services/photos/media';
import { documentOf, paragraph, paragraphs, text } from '../../support/documents';
import { importFiles, photoFixture } from '../../support/photos';
import { openTestServices, type TestServices } from '../../support/services';
import { tempFolder } from '../../support/temp-folder';
import { asNobody } from '../../support/as-user';

// The tests run as root, whom file modes do not stop: an immutable file or folder (chattr +i, ext4)
// refuses every write with EPERM, as a folder owned by another user refuses one with EACCES.
const frozen: string[] = [];
const freeze = (place: string) => {
  execFileSync('chattr', ['+i', place]);
  frozen.push(place);
};

let api: TestServices | null = null;
afterEach(() => {
  for (const place of frozen.splice(0)) execFileSync('chattr', ['-i', place]);
  api?.close();
  api = null;
});

async function exportableArticle(services: TestServices): Promise<string> {
  const created = await services.ok('articles.create', { headline: 'Banjir Jakarta', lead: 'Lead.' });
  await services.ok('articles.save', { ...created, body: paragraphs('Isi berita.') });
  return created.id;
}

describe('a data folder Redaksi may not write to (beyond a full or read-only disk)', () => {
  it('an export whose journal folder refuses the note says so, naming that folder, and writes nothing', async () => {
    api = await openTestServices();
    const id = await exportableArticle(api);
    const journal = path.join(api.dataDir, 'export-journal');
    fs.mkdirSync(journal);
    freeze(journal);
    const out = tempFolder('redaksi-out');
    const error = await api.fails('export.run', { id, folder: out, zip: true, acceptWarnings: true });
    expect(error).toMatchObject({
      code: 'STORAGE_READ_ONLY',
      wording: { key: 'storage.readOnly', values: { folder: journal } },
      details: { folder: journal },
    });
    expect(error.message).toBe(
      `Redaksi cannot write to its data folder: ${journal} refused the write (it is read-only, this user may not change it, or the disk failed). Make it writable, then try again.`,
    );
    expect(sayIn('id', error)).toContain(`Redaksi tidak dapat menulis ke folder datanya: ${journal}`);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a save SQLite cannot write (its write-ahead log refused) says so, naming the data folder, and keeps the last save', async () => {
    api = await openTestServices();
    const created = await api.ok('articles.create', {});
    const saved = await api.ok('articles.save', { ...created, headline: 'Sebelum' });
    const wal = path.join(api.dataDir, 'redaksi.db-wal');
    expect(fs.existsSync(wal)).toBe(true);
    freeze(wal);
    const error = await api.fails('articles.save', {
      ...created,
      revision: saved.revision,
      headline: 'Sesudah',
      body: paragraphs(...Array.from({ length: 200 }, (_, i) => `Paragraf ${i} ${'kata '.repeat(60)}`)),
    });
    expect(error).toMatchObject({
      code: 'STORAGE_READ_ONLY',
      wording: { key: 'storage.readOnly', values: { folder: api.dataDir } },
    });
    for (const place of frozen.splice(0)) execFileSync('chattr', ['-i', place]);
    expect((await api.ok('articles.get', { id: created.id })).headline).toBe('Sebelum');
  });

  it('a photo whose renditions cannot be written fails with words naming that folder, not "details in the log"', async () => {
    api = await openTestServices();
    const renditions = path.join(api.dataDir, 'renditions');
    fs.mkdirSync(renditions, { recursive: true });
    freeze(renditions);
    const job = await importFiles(api, [photoFixture('kosmodrom.jpg')]);
    expect(job.files[0]).toMatchObject({
      state: 'failed',
      error: {
        code: 'STORAGE_READ_ONLY',
        wording: { key: 'photo.notStoredDataFolder', values: { name: 'kosmodrom.jpg', folder: renditions } },
      },
    });
    expect(job.files[0]!.error!.message).toContain(
      `kosmodrom.jpg could not be stored: Redaksi cannot write to its data folder (${renditions};`,
    );
    expect(await api.ok('photos.list', {})).toEqual([]);
  });

  it('a write refused outside the data folder is not said to be the data folder’s', () => {
    const dataDir = tempFolder('redaksi-data');
    const elsewhere = tempFolder('redaksi-elsewhere');
    freeze(elsewhere);
    const refused = (folder: string): unknown => {
      try {
        fs.writeFileSync(path.join(folder, 'note.json'), '{}');
      } catch (error) {
        return error;
      }
      throw new Error(`${folder} accepted the write`);
    };
    expect(refused(elsewhere)).toMatchObject({ code: 'EPERM' });
    expect(storageFailure(refused(elsewhere), dataDir)).toBeNull();
    freeze(dataDir);
    expect(storageFailure(refused(dataDir), dataDir)).toMatchObject({
      code: 'STORAGE_READ_ONLY',
      folder: dataDir,
    });
  });
});

const thrownBy = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was refused');
};

describe('a file or folder in the data folder Redaksi may not read', () => {
  it('an export whose photo file this user may not read says it cannot be read, naming the file, not a refused write', async () => {
    api = await openTestServices();
    const services = api;
    fs.chmodSync(services.dataDir, 0o755);
    const job = await importFiles(services, [photoFixture('kosmodrom.jpg')]);
    const photo = await services.ok('photos.get', { id: job.files[0]!.photoId! });
    const created = await services.ok('articles.create', {});
    await services.ok('articles.save', {
      ...created,
      headline: 'Foto terkunci',
      lead: 'Lead.',
      featuredPhotoId: photo.id,
      body: documentOf(paragraph(text('Isi berita.'))),
    });
    const unreadable = renditionPath(services.dataDir, photo.sha256, 960, 'jpg');
    fs.chmodSync(unreadable, 0o600);

    const error = await asNobody(() => services.fails('export.preflight', { id: created.id }));
    expect(error).toMatchObject({
      code: 'STORAGE_UNREADABLE',
      wording: { key: 'storage.unreadable', values: { place: unreadable } },
      details: { place: unreadable },
    });
    expect(error.message).toBe(
      `Redaksi cannot read its data: ${unreadable} could not be read (this user may not read it, or the disk failed). Make it readable for this user, then try again.`,
    );
    expect(sayIn('id', error)).toContain(
      `Redaksi tidak dapat membaca datanya: ${unreadable} tidak dapat dibaca`,
    );
    expect(error.message).not.toContain('write');
  }, 60_000);

  it('a folder that cannot be listed is said as unreadable; a folder that refuses a new file is still a refused write', async () => {
    const dataDir = tempFolder('redaksi-data');
    fs.chmodSync(dataDir, 0o755);
    const unlisted = path.join(dataDir, 'export-journal');
    fs.mkdirSync(unlisted, { mode: 0o700 });
    const note = path.join(dataDir, 'note.json');
    fs.writeFileSync(note, '{}', { mode: 0o600 });

    const [listing, reading, writing] = await asNobody(() => [
      thrownBy(() => fs.readdirSync(unlisted)),
      thrownBy(() => {
        try {
          fs.readFileSync(note);
        } catch (error) {
          throw whileReading(error);
        }
      }),
      thrownBy(() => fs.writeFileSync(path.join(dataDir, 'new.json'), '{}')),
    ]);
    expect(listing).toMatchObject({ code: 'EACCES', syscall: 'scandir' });
    expect(storageFailure(listing, dataDir)).toMatchObject({
      code: 'STORAGE_UNREADABLE',
      place: unlisted,
      wording: { key: 'storage.unreadable', values: { place: unlisted } },
    });
    expect(storageFailure(reading, dataDir)).toMatchObject({ code: 'STORAGE_UNREADABLE', place: note });
    expect(writing).toMatchObject({ code: 'EACCES', syscall: 'open' });
    expect(storageFailure(writing, dataDir)).toMatchObject({
      code: 'STORAGE_READ_ONLY',
      folder: dataDir,
      message: expect.stringContaining(
        `Redaksi cannot write to its data folder: ${dataDir} refused the write`,
      ),
    });
  });
});
