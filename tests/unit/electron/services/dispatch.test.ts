import { afterEach, describe, expect, it } from 'vitest';
import { METHODS } from '../../../../shared/api/contract';
import { ERROR_CODES } from '../../../../shared/api/errors';
import { dispatch } from '../../../../electron/services/dispatch';
import { openTestServices, type TestServices } from '../../support/services';
import { paragraphs } from '../../support/documents';
import { sayIn } from '../../../../shared/api/wording';

let api: TestServices | null = null;
afterEach(() => api?.close());

describe('dispatch', () => {
  it('has a handler for every method of the contract', async () => {
    api = await openTestServices();
    expect(Object.keys(api.services.handlers).sort()).toEqual([...METHODS].sort());
  });

  it('answers UNKNOWN_METHOD for names outside the contract, including inherited object keys', async () => {
    api = await openTestServices();
    for (const method of [
      'articles.purge',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      42,
      null,
    ]) {
      const error = await api.fails(method as string, {});
      expect(error.code, String(method)).toBe('UNKNOWN_METHOD');
    }
  });

  it('cuts a very long unknown method name in its message', async () => {
    api = await openTestServices();
    const error = await api.fails('x'.repeat(10_000), {});
    expect(error.message.length).toBeLessThan(200);
  });

  it('answers VALIDATION naming the field, before any handler runs', async () => {
    api = await openTestServices();
    const error = await api.fails('articles.create', { headline: 42 });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('headline');
    expect(await api.ok('articles.list', {})).toEqual([]);
  });

  it('treats a missing input as an empty object, but refuses null', async () => {
    api = await openTestServices();
    const result = await dispatch(api.services.handlers, 'articles.list', undefined);
    expect(result).toEqual({ ok: true, value: [] });
    expect((await api.fails('articles.create', null)).code).toBe('VALIDATION');
    expect(await api.ok('articles.list', {})).toEqual([]);
  });

  it('returns only error codes from the closed list', async () => {
    api = await openTestServices();
    const errors = await Promise.all([
      api.fails('nope', {}),
      api.fails('articles.get', { id: 'x' }),
      api.fails('articles.get', { id: '00000000-0000-4000-8000-000000000000' }),
    ]);
    for (const error of errors) expect(ERROR_CODES).toContain(error.code);
  });
});

describe('a write the disk refuses', () => {
  it('is said as a full disk (SQLite full: the database may not grow), in both languages, and changes nothing', async () => {
    api = await openTestServices();
    const created = await api.ok('articles.create', {});
    const saved = await api.ok('articles.save', { ...created, headline: 'Sebelum penuh' });
    // The database may not grow past its pages now: as a disk with no room left.
    const pages = api.services.db.pragma('page_count', { simple: true }) as number;
    api.services.db.pragma(`max_page_count = ${pages}`);
    const error = await api.fails('articles.save', {
      ...created,
      revision: saved.revision,
      headline: 'Sesudah penuh',
      body: paragraphs(...Array.from({ length: 400 }, (_, i) => `Paragraf ${i} ${'kata '.repeat(60)}`)),
    });
    expect(error, error.message).toMatchObject({ code: 'STORAGE_FULL', wording: { key: 'storage.full' } });
    expect(error.message).toContain('The disk that holds Redaksi’s data is full');
    expect(sayIn('id', error)).toContain('Disk tempat data Redaksi penuh');
    expect((await api.ok('articles.get', { id: created.id })).headline).toBe('Sebelum penuh');
  });

  it('does not end a validation message with two full stops', async () => {
    api = await openTestServices();
    const error = await api.fails('photos.updateMany', { ids: ['4b0d3c1e-8f5a-4c1e-9a57-2f1b6c3d4e5f'] });
    expect(error.message).toBe('The request was not valid: Give a credit or a copyright to set.');
  });
});
