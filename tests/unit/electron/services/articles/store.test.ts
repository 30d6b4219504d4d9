import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../../../shared/editor/document';
import { DATABASE_FILE } from '../../../../../electron/services/services';
import { edit } from '../../../support/articles';
import { documentOf, heading, paragraph, paragraphs, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';

let api: TestServices | null = null;
afterEach(() => api?.close());

async function services(): Promise<TestServices> {
  api = await openTestServices();
  return api;
}

/** The stored row, read with a separate plain connection. */
function storedRow(dataDir: string, id: string): Record<string, unknown> | undefined {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  } finally {
    db.close();
  }
}

describe('articles.create', () => {
  it('starts a draft with an empty body, revision 0 and the dateline prefix of the publication profile', async () => {
    const s = await services();
    await s.ok('settings.update', { publication: { datelinePrefix: 'TRIBUN-MEDAN.COM' } });
    const article = await s.ok('articles.create', {});
    expect(article).toMatchObject({
      status: 'draft',
      revision: 0,
      headline: '',
      lead: '',
      rubric: '',
      writers: [],
      tags: [],
      wordCount: 0,
      dateline: { prefix: 'TRIBUN-MEDAN.COM', place: '' },
      slugManual: false,
    });
    expect(article.body).toEqual(emptyDocument());
    expect(article.slug).toBe('tanpa-judul');
    expect(await s.ok('articles.get', { id: article.id })).toEqual(article);
  });

  it('names an untitled article in the publication language', async () => {
    const s = await services();
    await s.ok('settings.update', { publication: { language: 'en' } });
    expect((await s.ok('articles.create', {})).slug).toBe('untitled');
  });

  it('keeps the fields it is given, with a slug from the headline', async () => {
    const s = await services();
    const article = await s.ok('articles.create', {
      headline: 'Gempa Guncang Tapanuli',
      rubric: 'Sumut',
      status: 'ready',
      dateline: { prefix: 'TRIBUN', place: 'Tarutung' },
    });
    expect(article).toMatchObject({
      headline: 'Gempa Guncang Tapanuli',
      rubric: 'Sumut',
      status: 'ready',
      slug: 'gempa-guncang-tapanuli',
      dateline: { prefix: 'TRIBUN', place: 'Tarutung' },
    });
  });
});

describe('articles.save', () => {
  it('increments the revision and get returns exactly what was saved', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    const body = documentOf(
      heading('h2', text('Kronologi')),
      paragraph(text('Hujan turun sejak pagi. '), text('Jalan tergenang.', 2)),
    );
    const input = edit(created, {
      rubric: 'Viral Medsos',
      headline: 'Banjir Rendam Kota Medan',
      lead: 'Ribuan rumah terendam.',
      writers: ['Budi Santoso', 'Sri Wahyuni'],
      editor: 'Ahmad',
      dateline: { prefix: 'TRIBUN-MEDAN.COM', place: 'MEDAN' },
      tags: ['banjir', 'medan'],
      status: 'ready',
      body,
    });
    const saved = await s.ok('articles.save', input);
    expect(saved).toMatchObject({
      id: created.id,
      revision: 1,
      slug: 'banjir-rendam-kota-medan',
      wordCount: 7,
    });

    const loaded = await s.ok('articles.get', { id: created.id });
    expect(loaded).toEqual({
      ...input,
      revision: 1,
      slug: 'banjir-rendam-kota-medan',
      wordCount: 7,
      createdAt: created.createdAt,
      updatedAt: saved.updatedAt,
      publishedAt: null,
    });
    expect(loaded.body).toEqual(body);

    const again = await s.ok('articles.save', edit(loaded, { lead: 'Ribuan rumah terendam air.' }));
    expect(again.revision).toBe(2);
  });

  it('keeps a save after the services are closed and opened again', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    await s.ok(
      'articles.save',
      edit(created, { headline: 'Tetap Tersimpan', body: paragraphs('Isi yang disimpan.') }),
    );
    s.close();
    api = await openTestServices({ dataDir: s.dataDir });
    const loaded = await api.ok('articles.get', { id: created.id });
    expect(loaded.headline).toBe('Tetap Tersimpan');
    expect(loaded.body).toEqual(paragraphs('Isi yang disimpan.'));
    expect(loaded.revision).toBe(1);
  });

  it('refuses a save from a stale revision with CONFLICT and changes nothing', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    await s.ok('articles.save', edit(created, { headline: 'Versi dari jendela pertama' }));
    const before = storedRow(s.dataDir, created.id);

    const error = await s.fails(
      'articles.save',
      edit(created, { headline: 'Versi basi dari jendela kedua' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/changed in another window/);
    expect(storedRow(s.dataDir, created.id)).toEqual(before);
    expect((await s.ok('articles.get', { id: created.id })).headline).toBe('Versi dari jendela pertama');
  });

  it('refuses to save an article that does not exist with NOT_FOUND', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    const error = await s.fails(
      'articles.save',
      edit(created, { id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect((await s.ok('articles.list', {})).length).toBe(1);
  });

  it('derives the slug from the headline and keeps slugs unique across articles (-2, -3)', async () => {
    const s = await services();
    const slugs: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const created = await s.ok('articles.create', {});
      slugs.push((await s.ok('articles.save', edit(created, { headline: 'Harga Cabai Naik Lagi' }))).slug);
    }
    expect(slugs).toEqual(['harga-cabai-naik-lagi', 'harga-cabai-naik-lagi-2', 'harga-cabai-naik-lagi-3']);
  });

  it('keeps an article its own slug when it is saved again', async () => {
    const s = await services();
    const created = await s.ok('articles.create', { headline: 'Sama' });
    const first = await s.ok('articles.save', edit(created, { headline: 'Sama' }));
    const loaded = await s.ok('articles.get', { id: created.id });
    const second = await s.ok('articles.save', edit(loaded, { lead: 'Lead baru' }));
    expect([first.slug, second.slug]).toEqual(['sama', 'sama']);
  });

  it('moves the slug only when the headline changes, not when the publication language does', async () => {
    const s = await services();
    await s.ok('settings.update', { publication: { language: 'id' } });
    const created = await s.ok('articles.create', {});
    const first = await s.ok('articles.save', edit(created, { headline: 'Ekspor & Impor Naik' }));
    expect(first.slug).toBe('ekspor-dan-impor-naik');
    await s.ok('settings.update', { publication: { language: 'en' } });
    // A body or lead edit keeps the address (the exported folder stays where it is).
    const loaded = await s.ok('articles.get', { id: created.id });
    expect((await s.ok('articles.save', edit(loaded, { lead: 'Lead baru' }))).slug).toBe(
      'ekspor-dan-impor-naik',
    );
    // The headline edited: the slug follows it, in the language now chosen.
    const again = await s.ok('articles.get', { id: created.id });
    expect((await s.ok('articles.save', edit(again, { headline: 'Ekspor & Impor Turun' }))).slug).toBe(
      'ekspor-and-impor-turun',
    );
    // A number that was the headline's own goes with it ("Gempa 7" → "Gempa").
    const quake = await s.ok('articles.create', {});
    expect((await s.ok('articles.save', edit(quake, { headline: 'Gempa 7' }))).slug).toBe('gempa-7');
    const stored = await s.ok('articles.get', { id: quake.id });
    expect((await s.ok('articles.save', edit(stored, { headline: 'Gempa' }))).slug).toBe('gempa');
  });

  it('keeps a manual slug, normalised, however the headline changes', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    const saved = await s.ok(
      'articles.save',
      edit(created, {
        headline: 'Judul Panjang Sekali',
        slug: '  Pilihan Redaksi: Édisi Khusus!! ',
        slugManual: true,
      }),
    );
    expect(saved.slug).toBe('pilihan-redaksi-edisi-khusus');
    const loaded = await s.ok('articles.get', { id: created.id });
    const renamed = await s.ok('articles.save', edit(loaded, { headline: 'Judul Lain Sama Sekali' }));
    expect(renamed.slug).toBe('pilihan-redaksi-edisi-khusus');
    expect((await s.ok('articles.get', { id: created.id })).slugManual).toBe(true);
  });

  it('refuses a body with an unknown node type with UNKNOWN_NODE naming the type, and writes nothing', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    const before = storedRow(s.dataDir, created.id);
    const body = documentOf(paragraph(text('Tonton:')), { type: 'youtube', version: 1, videoID: 'abc' });

    const error = await s.fails('articles.save', edit(created, { headline: 'Tidak tersimpan', body }));
    expect(error.code).toBe('UNKNOWN_NODE');
    expect(error.message).toContain('"youtube"');
    expect(storedRow(s.dataDir, created.id)).toEqual(before);
  });

  it('refuses a body that is not a document with VALIDATION, and writes nothing', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    const before = storedRow(s.dataDir, created.id);
    for (const body of [
      { root: { type: 'root' } },
      { root: { type: 'root', children: [{ type: 'text', text: 1 }] } },
      'teks',
    ]) {
      const error = await s.fails('articles.save', { ...edit(created, {}), body });
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(/body/);
    }
    expect(storedRow(s.dataDir, created.id)).toEqual(before);
  });

  it('trims writers and tags, drops empty ones and duplicates that differ only in case', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {
      writers: [' Budi ', 'budi', ''],
      tags: ['Banjir', ' banjir', '  '],
    });
    expect(created.writers).toEqual(['Budi']);
    expect(created.tags).toEqual(['Banjir']);
    await s.ok(
      'articles.save',
      edit(created, {
        writers: ['  Sri Wahyuni', 'Budi ', 'SRI WAHYUNI', ' '],
        tags: [' Medan ', 'medan', 'Cuaca', '', 'Korea  Utara', 'korea\u00a0utara', 'Cafe\u0301'],
      }),
    );
    const loaded = await s.ok('articles.get', { id: created.id });
    expect(loaded.writers).toEqual(['Sri Wahyuni', 'Budi']);
    // Spacing tidied (runs, no-break spaces) and letters composed: one tag each, however typed.
    expect(loaded.tags).toEqual(['Medan', 'Cuaca', 'Korea Utara', 'Café']);
  });

  it('counts the words of the body, reduplicated words and numbers as one each', async () => {
    const s = await services();
    const created = await s.ok('articles.create', {});
    const saved = await s.ok(
      'articles.save',
      edit(created, {
        body: paragraphs('Anak-anak sekolah libur.', 'Kerugian Rp 1.500.000 menurut polisi.'),
      }),
    );
    expect(saved.wordCount).toBe(8);
    expect((await s.ok('articles.get', { id: created.id })).wordCount).toBe(8);
    expect((await s.ok('articles.list', {}))[0]!.wordCount).toBe(8);
  });
});

describe('articles.get', () => {
  it('refuses a stored body with an unknown node type with UNKNOWN_NODE naming it, leaving the stored JSON unchanged (R9)', async () => {
    const s = await services();
    const created = await s.ok('articles.create', { headline: 'Dari versi baru' });
    const futureBody = JSON.stringify(
      documentOf(paragraph(text('Teks biasa')), { type: 'poll', version: 3, question: 'Setuju?' }),
    );
    const raw = new Database(path.join(s.dataDir, DATABASE_FILE));
    raw.prepare('UPDATE articles SET body = ? WHERE id = ?').run(futureBody, created.id);
    raw.close();

    const error = await s.fails('articles.get', { id: created.id });
    expect(error.code).toBe('UNKNOWN_NODE');
    expect(error.message).toContain('"poll"');
    expect(error.details).toMatchObject({ id: created.id, types: ['poll'] });
    expect(error.wording).toEqual({ key: 'article.unknownContent', values: { types: '"poll"' } });
    expect(storedRow(s.dataDir, created.id)!.body).toBe(futureBody);
    // It still shows in the list, so the user can see it is there.
    expect((await s.ok('articles.list', {})).map((summary) => summary.id)).toEqual([created.id]);
  });

  it('refuses a stored body that is not a readable document with DATABASE_CORRUPT, leaving it as it is', async () => {
    const s = await services();
    const broken = await s.ok('articles.create', { headline: 'Rusak' });
    const damaged = await s.ok('articles.create', { headline: 'Bentuk Salah' });
    const raw = new Database(path.join(s.dataDir, DATABASE_FILE));
    raw
      .prepare('UPDATE articles SET body = ? WHERE id = ?')
      .run('{"root": {"type": "root", "chil', broken.id);
    raw.prepare('UPDATE articles SET body = ? WHERE id = ?').run('{"root": {"type": "root"}}', damaged.id);
    raw.close();

    for (const [{ id }, key] of [
      [broken, 'article.unreadable'],
      [damaged, 'article.damaged'],
    ] as const) {
      const error = await s.fails('articles.get', { id });
      expect(error.code).toBe('DATABASE_CORRUPT');
      expect(error.details).toMatchObject({ id });
      expect(error.wording?.key).toBe(key);
    }
    expect(storedRow(s.dataDir, broken.id)!.body).toBe('{"root": {"type": "root", "chil');
  });

  it('answers NOT_FOUND for an id that does not exist, and VALIDATION for one that is not an id', async () => {
    const s = await services();
    expect((await s.fails('articles.get', { id: '00000000-0000-4000-8000-000000000000' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await s.fails('articles.get', { id: "1' OR '1'='1" })).code).toBe('VALIDATION');
  });
});

describe('articles.rubrics', () => {
  it('lists each rubric once, sorted without regard to case, leaving out articles without one', async () => {
    const s = await services();
    for (const rubric of ['Sumut', 'viral Medsos', 'Sumut', '', 'Bisnis'])
      await s.ok('articles.create', { rubric });
    expect(await s.ok('articles.rubrics', {})).toEqual(['Bisnis', 'Sumut', 'viral Medsos']);
  });
});
