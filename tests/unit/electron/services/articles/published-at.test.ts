import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../../shared/api/article';
import { documentOf, paragraph, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let services: TestServices | null = null;
afterEach(() => services?.close());

describe('the first publication time', () => {
  it('is set by the first save as Published and kept through corrections and a return to draft', async () => {
    let clock = new Date('2025-09-13T07:00:00.000Z');
    const api = (services = await openTestServices({ now: () => clock }));
    const created = await api.ok('articles.create', { headline: 'Banjir di Medan', lead: 'Air naik.' });
    expect(created.publishedAt).toBeNull();
    let article: Article = created;
    const save = async (patch: Partial<Article>, at: string) => {
      clock = new Date(at);
      const { revision } = await api.ok('articles.save', { ...article, ...patch });
      article = { ...(await api.ok('articles.get', { id: created.id })), revision };
      return article;
    };

    expect((await save({ status: 'ready' }, '2025-09-13T08:00:00.000Z')).publishedAt).toBeNull();
    expect((await save({ status: 'published' }, '2025-09-13T09:15:00.000Z')).publishedAt).toBe(
      '2025-09-13T09:15:00.000Z',
    );
    const corrected = await save(
      { body: documentOf(paragraph(text('Ralat: air surut sore hari.'))) },
      '2025-09-14T10:00:00.000Z',
    );
    expect(corrected.publishedAt).toBe('2025-09-13T09:15:00.000Z');
    expect(corrected.updatedAt).toBe('2025-09-14T10:00:00.000Z');
    expect((await save({ status: 'draft' }, '2025-09-15T10:00:00.000Z')).publishedAt).toBe(
      '2025-09-13T09:15:00.000Z',
    );

    // The export dates the pages by it, and their change by the last save.
    await save({ status: 'published' }, '2025-09-16T10:00:00.000Z');
    const { folder } = await api.ok('export.run', {
      id: created.id,
      folder: tempFolder('redaksi-published'),
      zip: false,
      acceptWarnings: true,
    });
    const html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
    expect(html).toContain('<meta property="article:published_time" content="2025-09-13T09:15:00.000Z">');
    expect(html).toContain('<meta property="article:modified_time" content="2025-09-16T10:00:00.000Z">');
    expect(html).toContain('"datePublished": "2025-09-13T09:15:00.000Z"');
    expect(html).toContain('<time datetime="2025-09-13T09:15:00.000Z">');
  });

  it('is the one given at creation (an article made again from one deleted elsewhere), never later than now', async () => {
    const clock = new Date('2025-09-20T10:00:00.000Z');
    const api = (services = await openTestServices({ now: () => clock }));
    const earlier = await api.ok('articles.create', { publishedAt: '2025-09-13T09:15:00+07:00' });
    expect(earlier.publishedAt).toBe('2025-09-13T02:15:00.000Z');
    const future = await api.ok('articles.create', {
      status: 'published',
      publishedAt: '2030-01-01T00:00:00Z',
    });
    expect(future.publishedAt).toBe(clock.toISOString());
    expect((await api.fails('articles.create', { publishedAt: 'kemarin' })).code).toBe('VALIDATION');
  });

  it('is the creation time of an article created as Published', async () => {
    const api = (services = await openTestServices({ now: () => new Date('2025-09-13T07:00:00.000Z') }));
    const created = await api.ok('articles.create', { headline: 'Langsung terbit', status: 'published' });
    expect(created.publishedAt).toBe('2025-09-13T07:00:00.000Z');
  });
});
