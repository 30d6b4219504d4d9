import { describe, expect, it } from 'vitest';
import { mergedHandList, putBack, type HandEntry } from '../../../../../electron/services/sources/hand-list';

const cited = (sourceId: string): HandEntry => ({ sourceId, role: 'cited' });
const syndicated = (sourceId: string): HandEntry => ({ sourceId, role: 'syndicated' });

describe('the sources added by hand, merged from one window into what another window stored', () => {
  it('without what the window last read, its list replaces the stored one', () => {
    expect(mergedHandList([cited('a'), cited('b')], [cited('c')], undefined)).toEqual([cited('c')]);
  });

  it("keeps the other window's additions and appends this window's", () => {
    const read = [cited('a')];
    const stored = [cited('a'), cited('other')];
    expect(mergedHandList(stored, [cited('a'), cited('mine')], read)).toEqual([
      cited('a'),
      cited('other'),
      cited('mine'),
    ]);
  });

  it('removes what this window removed, and does not bring back what the other window removed', () => {
    const read = [cited('a'), cited('b'), cited('c')];
    const stored = [cited('a'), cited('c')]; // the other window removed b
    expect(mergedHandList(stored, [cited('b'), cited('c')], read)).toEqual([cited('c')]);
  });

  it('a role changed here is changed in its place, and wins over the same source added elsewhere', () => {
    const read = [cited('a'), cited('b')];
    expect(mergedHandList([cited('a'), cited('b')], [syndicated('a'), cited('b')], read)).toEqual([
      syndicated('a'),
      cited('b'),
    ]);
    // Both windows added x, with different roles: the one saving now says which.
    expect(mergedHandList([cited('a'), cited('x')], [cited('a'), syndicated('x')], [cited('a')])).toEqual([
      cited('a'),
      syndicated('x'),
    ]);
  });

  it('a source re-roled here that the other window removed comes back with the new role, last', () => {
    const read = [cited('a'), cited('b')];
    expect(mergedHandList([cited('b')], [syndicated('a'), cited('b')], read)).toEqual([
      cited('b'),
      syndicated('a'),
    ]);
  });

  it('says which sources came back: seen here, removed elsewhere, and kept by this change', () => {
    const read = [cited('a'), cited('b'), cited('c')];
    const stored = [cited('c')]; // the other window removed a and b
    const mine = [syndicated('a'), cited('b'), cited('c'), cited('new')]; // a re-roled, new added here
    const merged = mergedHandList(stored, mine, read);
    expect(merged).toEqual([cited('c'), syndicated('a'), cited('new')]);
    expect(putBack(stored, merged, read)).toEqual(['a']);
    expect(putBack(stored, merged, undefined)).toEqual([]);
  });

  it('the same lists give the same list: nothing changed here leaves the stored order', () => {
    const stored = [cited('c'), syndicated('a'), cited('b')];
    expect(mergedHandList(stored, [syndicated('a'), cited('b')], [syndicated('a'), cited('b')])).toEqual(
      stored,
    );
  });
});
