import { afterEach, describe, expect, it } from 'vitest';
import { RANK_WINDOW } from '../../../../../electron/services/articles/search';
import { openTestServices, type TestServices } from '../../../support/services';

let api: TestServices | null = null;
afterEach(() => api?.close());

/** Writes articles straight into the table (the FTS triggers index them), oldest first. */
function insert(s: TestServices, rows: Array<{ headline: string; body: string; status?: string }>): void {
  const statement = s.services.db.prepare(
    `INSERT INTO articles (id, headline, slug, status, body, body_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, '{"root":{"type":"root","children":[]}}', ?, ?, ?)`,
  );
  const base = s.services.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  s.services.db.transaction(() => {
    rows.forEach((row, i) => {
      const n = base + i;
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      const when = new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString();
      statement.run(id, row.headline, `artikel-${n}`, row.status ?? 'published', row.body, when, when);
    });
  })();
}

describe('articles.list ranking over a large archive (QUALITY.md B4)', () => {
  it('ranks by relevance among the newest matches only, so a common word stays fast', async () => {
    api = await openTestServices();
    insert(api, [{ headline: 'Banjir Besar Tahun Lalu', body: 'Arsip lama.' }]);
    insert(
      api,
      Array.from({ length: 2 * RANK_WINDOW }, (_, i) => ({
        headline: i === RANK_WINDOW + 10 ? 'Banjir Rendam Kota' : `Berita ${i}`,
        body: 'Warga membicarakan banjir di pasar.',
      })),
    );
    const found = await api.ok('articles.list', { query: 'banjir', limit: 20 });
    expect(found).toHaveLength(20);
    // The headline hit inside the window still comes first; the one older than the window is not scored.
    expect(found[0]!.headline).toBe('Banjir Rendam Kota');
    expect(found.map((a) => a.headline)).not.toContain('Banjir Besar Tahun Lalu');
    // More words narrow the matches below the window, and the old article is found again.
    const narrowed = await api.ok('articles.list', { query: 'banjir besar' });
    expect(narrowed.map((a) => a.headline)).toEqual(['Banjir Besar Tahun Lalu']);
  });

  it('fills the window with articles that pass the filters, so a filter never hides newer matches', async () => {
    api = await openTestServices();
    insert(api, [{ headline: 'Banjir Draf Lama', body: 'Catatan.', status: 'draft' }]);
    insert(
      api,
      Array.from({ length: RANK_WINDOW + 200 }, (_, i) => ({
        headline: `Berita ${i}`,
        body: 'Soal banjir lagi.',
      })),
    );
    const drafts = await api.ok('articles.list', { query: 'banjir', status: 'draft' });
    expect(drafts.map((a) => a.headline)).toEqual(['Banjir Draf Lama']);
  });

  it('pages through every match once: the ranked window first, then older matches newest first', async () => {
    api = await openTestServices();
    insert(api, [{ headline: 'Banjir Besar Tahun Lalu', body: 'Arsip lama.' }]);
    insert(
      api,
      Array.from({ length: RANK_WINDOW + 150 }, (_, i) => ({
        headline: i % 7 === 0 ? `Banjir ${i}` : `Berita ${i}`,
        body: 'Warga membicarakan banjir di pasar.',
      })),
    );
    const whole = await api.ok('articles.list', { query: 'banjir', limit: 1_000 });
    expect(whole).toHaveLength(RANK_WINDOW + 151);
    const pages: string[] = [];
    for (let offset = 0; offset < whole.length + 200; offset += 200) {
      const page = await api.ok('articles.list', { query: 'banjir', limit: 200, offset });
      pages.push(...page.map((a) => a.id));
    }
    expect(pages).toEqual(whole.map((a) => a.id));
    expect(new Set(pages).size).toBe(pages.length);
    // The first page is the ranked one; the article older than the window comes last, not never.
    expect(whole.slice(0, 20).map((a) => a.id)).toEqual(
      (await api.ok('articles.list', { query: 'banjir', limit: 20 })).map((a) => a.id),
    );
    expect(whole.at(-1)!.headline).toBe('Banjir Besar Tahun Lalu');
  });

  it('pages the unsearched list newest change first, with filters', async () => {
    api = await openTestServices();
    insert(
      api,
      Array.from({ length: 250 }, (_, i) => ({
        headline: `Berita ${i}`,
        body: 'Isi.',
        status: i % 2 ? 'draft' : 'published',
      })),
    );
    const first = await api.ok('articles.list', {});
    expect(first).toHaveLength(200);
    const second = await api.ok('articles.list', { offset: 200 });
    expect(second.map((a) => a.headline)).toEqual(Array.from({ length: 50 }, (_, i) => `Berita ${49 - i}`));
    const drafts = await api.ok('articles.list', { status: 'draft', limit: 100, offset: 100 });
    expect(drafts.map((a) => a.headline)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Berita ${49 - 2 * i}`),
    );
  });
});
