import { afterEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../support/services';

let open: TestServices | null = null;
afterEach(() => open?.close());

describe('articles.revision', () => {
  it('gives the stored revision alone, as each save moves it, and says an article deleted is gone', async () => {
    open = await openTestServices();
    const created = await open.ok('articles.create', { headline: 'Banjir Pati' });
    expect(await open.ok('articles.revision', { id: created.id })).toEqual({ revision: 0 });
    await open.ok('articles.save', { ...created, lead: 'Air naik.' });
    expect(await open.ok('articles.revision', { id: created.id })).toEqual({ revision: 1 });

    await open.ok('articles.delete', { id: created.id, revision: 1 });
    const gone = await open.fails('articles.revision', { id: created.id });
    expect(gone).toMatchObject({ code: 'NOT_FOUND', message: 'That article no longer exists.' });
    // The contract's schema checks the id before the store is asked.
    expect(await open.fails('articles.revision', { id: 'nope' })).toMatchObject({ code: 'VALIDATION' });
  });
});
