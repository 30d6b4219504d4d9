import { afterEach, describe, expect, it } from 'vitest';
import { METHODS } from '../../../../shared/api/contract';
import { ERROR_CODES } from '../../../../shared/api/errors';
import { dispatch } from '../../../../electron/services/dispatch';
import { openTestServices, type TestServices } from '../../support/services';

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
      'articles.delete',
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
