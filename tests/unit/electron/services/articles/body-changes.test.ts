import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../../shared/api/article';
import {
  blockFingerprint,
  type BodyChanges,
  type BodySplice,
} from '../../../../../shared/editor/body-changes';
import type { StoredNode } from '../../../../../shared/editor/document';
import { edit } from '../../../support/articles';
import { heading, paragraph, paragraphs, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';

let api: TestServices | null = null;
afterEach(() => api?.close());

const ROOT = { direction: null, format: '', indent: 0 } as const;

/** An article saved with five paragraphs, as the editor would have it. */
async function fiveParagraphs() {
  api = await openTestServices();
  const created = await api.ok('articles.create', {});
  const body = paragraphs('Satu.', 'Dua.', 'Tiga.', 'Empat.', 'Lima.');
  await api.ok('articles.save', edit(created, { headline: 'Banjir', body }));
  return { s: api, article: await api.ok('articles.get', { id: created.id }) };
}

/** A change of `article`'s body as the editor sends it, with the fingerprint of the blocks it replaces. */
const splice = (article: Article, start: number, deleteCount: number, blocks: unknown[]): BodySplice => ({
  start,
  deleteCount,
  replaced: blockFingerprint(article.body.root.children.slice(start, start + deleteCount)),
  blocks: blocks as StoredNode[],
});

// Typed loosely: the refused cases below are shapes the contract must reject.
const withChanges = (changes: unknown) => ({ body: undefined, bodyChanges: changes as BodyChanges });

describe('articles.save with the body’s changes', () => {
  it('replaces, inserts and deletes the blocks named, keeps the others, and re-derives text and words', async () => {
    const { s, article } = await fiveParagraphs();
    const changes: BodyChanges = {
      splices: [
        splice(article, 1, 1, [paragraph(text('Dua, diubah.'))]),
        splice(article, 3, 0, [heading('h2', text('Sisipan'))]),
        splice(article, 4, 1, []),
      ],
      blockCount: 5,
      root: { ...ROOT, direction: 'ltr' },
    };
    const saved = await s.ok('articles.save', edit(article, withChanges(changes)));
    const loaded = await s.ok('articles.get', { id: article.id });
    const [one, , three, four] = article.body.root.children;
    expect(loaded.body.root).toEqual({
      ...article.body.root,
      direction: 'ltr',
      children: [one, paragraph(text('Dua, diubah.')), three, heading('h2', text('Sisipan')), four],
    });
    expect(saved.wordCount).toBe(6);
    const found = await s.ok('articles.list', { query: 'diubah' });
    expect(found.map((summary) => summary.id)).toEqual([article.id]);
  });

  it('keeps the body as saved when a save carries only fields', async () => {
    const { s, article } = await fiveParagraphs();
    await s.ok('articles.save', edit(article, { body: undefined, headline: 'Banjir Surut' }));
    const loaded = await s.ok('articles.get', { id: article.id });
    expect(loaded.headline).toBe('Banjir Surut');
    expect(loaded.body).toEqual(article.body);
  });

  it('refuses changes that do not fit the saved body, and saves nothing', async () => {
    const { s, article } = await fiveParagraphs();
    const outOfRange = { splices: [splice(article, 5, 1, [])], blockCount: 4, root: ROOT };
    expect(await s.fails('articles.save', edit(article, withChanges(outOfRange)))).toMatchObject({
      code: 'BODY_MISMATCH',
      message: expect.stringContaining('not saved'),
    });
    const miscounted = { splices: [], blockCount: 6, root: ROOT };
    expect((await s.fails('articles.save', edit(article, withChanges(miscounted)))).code).toBe(
      'BODY_MISMATCH',
    );
    const overlapping = {
      splices: [splice(article, 2, 2, []), splice(article, 3, 1, [])],
      blockCount: 2,
      root: ROOT,
    };
    expect((await s.fails('articles.save', edit(article, withChanges(overlapping)))).code).toBe(
      'BODY_MISMATCH',
    );
    // Same count, but the editor replaces a block it had in another form than the store holds.
    const otherBlock = {
      splices: [
        {
          ...splice(article, 1, 1, [paragraph(text('Dua!'))]),
          replaced: blockFingerprint([paragraph(text('Dua'))]),
        },
      ],
      blockCount: 5,
      root: ROOT,
    };
    expect(await s.fails('articles.save', edit(article, withChanges(otherBlock)))).toMatchObject({
      code: 'BODY_MISMATCH',
      message: expect.stringContaining('the blocks they replace differ'),
    });
    expect(await s.ok('articles.get', { id: article.id })).toEqual(article);
  });

  it('refuses a stale revision, unknown content in the changes, and a save with both a body and changes', async () => {
    const { s, article } = await fiveParagraphs();
    const one = {
      splices: [splice(article, 0, 1, [paragraph(text('Baru'))])],
      blockCount: 5,
      root: ROOT,
    };
    const stale = { ...edit(article, withChanges(one)), revision: article.revision - 1 };
    expect((await s.fails('articles.save', stale)).code).toBe('CONFLICT');
    const unknown = {
      ...one,
      splices: [splice(article, 0, 1, [{ type: 'script', version: 1 }])],
    };
    expect((await s.fails('articles.save', edit(article, withChanges(unknown)))).code).toBe('UNKNOWN_NODE');
    const malformed = { ...one, splices: [splice(article, 0, 1, [{ children: 'x' }])] };
    expect((await s.fails('articles.save', edit(article, withChanges(malformed)))).code).toBe('VALIDATION');
    const both = { ...edit(article, {}), bodyChanges: one };
    expect((await s.fails('articles.save', both)).message).toMatch(/whole body or its changes, not both/);
    expect(await s.ok('articles.get', { id: article.id })).toEqual(article);
  });
});
