import { afterEach, describe, expect, it } from 'vitest';
import {
  isFiltered,
  recallList,
  rememberList,
  type ListMemory,
} from '../../../../renderer/articles/listMemory';

/** The browser's session storage, as far as the list memory uses it. */
function installStorage(initial: Record<string, string> = {}): Map<string, string> {
  const store = new Map(Object.entries(initial));
  Object.assign(globalThis, {
    sessionStorage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    },
  });
  return store;
}

afterEach(() => {
  delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
});

const remembered: ListMemory = {
  query: 'banjir',
  status: 'ready',
  rubric: 'Daerah',
  tag: '',
  sourceId: '',
  shown: 400,
  lastOpened: '00000000-0000-4000-8000-000000000001',
  openedAt: 12,
};

describe('the article list memory', () => {
  it('gives back what was remembered', () => {
    installStorage();
    rememberList(remembered);
    expect(recallList()).toEqual(remembered);
  });

  it('starts fresh from anything it cannot read: garbage, a wrong shape, an unknown status, no storage', () => {
    const fresh = {
      query: '',
      status: '',
      rubric: '',
      tag: '',
      sourceId: '',
      shown: 0,
      lastOpened: null,
      openedAt: null,
    };
    for (const stored of [
      '{not json',
      '"text"',
      '{"query":3}',
      JSON.stringify({ ...remembered, status: 'killed' }),
      JSON.stringify({ ...remembered, sourceId: 'not-a-source-id' }),
    ]) {
      installStorage({ 'redaksi.articleList': stored });
      expect(recallList()).toEqual(fresh);
    }
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
    expect(recallList()).toEqual(fresh);
    expect(() => rememberList(remembered)).not.toThrow();
  });

  it('counts only the search and the filters as filtering, not the rows shown', () => {
    expect(isFiltered({ ...remembered, query: '', status: '', rubric: '' })).toBe(false);
    expect(isFiltered({ ...remembered, query: '  ', status: '', rubric: '' })).toBe(false);
    expect(isFiltered({ ...remembered, query: '', status: 'draft', rubric: '' })).toBe(true);
  });
});
