import { describe, expect, it } from 'vitest';
import { taggedSourceIds } from '../../../../shared/sources/blocks';
import {
  articleOrigin,
  articleSourceList,
  quotedFromLine,
  taggedUses,
} from '../../../../shared/sources/derive';
import { retagSourceMarks } from '../../../../shared/sources/marks';
import { documentOf, link, paragraph, quote, sourceMark, text } from '../../support/documents';

const SULLIVAN = '6f1c2a7e-4b1d-4c8e-9a37-2f0d5e8b1c44';
const KREMLIN = '0b8f7d2c-1e3a-4f5b-8c6d-7e9f0a1b2c3d';
const VOA = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

const body = documentOf(
  paragraph(
    text('Pertemuan itu, '),
    sourceMark(KREMLIN, text('menurut Kremlin')),
    text(', berlangsung empat jam.'),
  ),
  paragraph(sourceMark(SULLIVAN, text('“Kami sangat prihatin atas hal ini,”')), text(' kata Sullivan.')),
  quote(sourceMark(SULLIVAN, text('Ini melanggar resolusi Dewan Keamanan PBB'))),
  paragraph(
    text('Baca '),
    link('https://voa.example', sourceMark(KREMLIN, text('pernyataan resmi'))),
    text('.'),
  ),
);

describe("deriving an article's source list", () => {
  it('lists each tagged source once, in order of first appearance, with how many spans carry it', () => {
    expect(taggedSourceIds(body)).toEqual([KREMLIN, SULLIVAN]);
    expect(taggedUses(body)).toEqual([
      { sourceId: KREMLIN, role: 'cited', tags: 2 },
      { sourceId: SULLIVAN, role: 'quoted', tags: 2 },
    ]);
  });

  it('calls a source quoted when one of its tags sits in a block with a direct quote, cited otherwise', () => {
    const factOnly = documentOf(
      paragraph(sourceMark(SULLIVAN, text('Gedung Putih menyebut pertemuan itu berbahaya.'))),
    );
    expect(taggedUses(factOnly)).toEqual([{ sourceId: SULLIVAN, role: 'cited', tags: 1 }]);
    const attributedSpeaker = documentOf(
      paragraph(text('“Kami akan bertindak tegas,” kata '), sourceMark(SULLIVAN, text('Sullivan'))),
    );
    expect(taggedUses(attributedSpeaker)).toEqual([{ sourceId: SULLIVAN, role: 'quoted', tags: 1 }]);
  });

  it('adds the sources listed by hand after the tagged ones, leaving out a repeat of a tagged role', () => {
    const list = articleSourceList(taggedUses(body), [
      { sourceId: VOA, role: 'syndicated' },
      { sourceId: SULLIVAN, role: 'quoted' },
      { sourceId: SULLIVAN, role: 'photo' },
    ]);
    expect(list).toEqual([
      { sourceId: KREMLIN, role: 'cited', byHand: false, tags: 2 },
      { sourceId: SULLIVAN, role: 'quoted', byHand: false, tags: 2 },
      { sourceId: VOA, role: 'syndicated', byHand: true, tags: 0 },
      { sourceId: SULLIVAN, role: 'photo', byHand: true, tags: 0 },
    ]);
    expect(articleOrigin(list)).toBe('syndicated');
    expect(articleOrigin(list.filter((entry) => entry.role !== 'syndicated'))).toBe('own');
  });

  it('writes the "Dikutip dari …" / "Quoted from …" line in the publication language', () => {
    expect(quotedFromLine('id', ['Voice of America (VoA)'])).toBe('Dikutip dari Voice of America (VoA)');
    expect(quotedFromLine('id', ['VoA', 'AFP', 'Reuters'])).toBe('Dikutip dari VoA, AFP dan Reuters');
    expect(quotedFromLine('en', ['VoA', 'AFP'])).toBe('Quoted from VoA and AFP');
    expect(quotedFromLine('en', [' ', 'VoA', 'VoA'])).toBe('Quoted from VoA');
    expect(quotedFromLine('id', [])).toBe('');
  });

  it('closes a name’s right-to-left override with the name, so the names after it read as written', () => {
    expect(quotedFromLine('id', ['\u202eAgen Rahasia', 'Budi Santoso'])).toBe(
      'Dikutip dari \u202eAgen Rahasia\u202c dan Budi Santoso',
    );
    expect(quotedFromLine('en', ['A\u2067B', 'C', 'D\u2069'])).toBe('Quoted from A\u2067B\u2069, C and D');
  });

  it('points every tag of one source to another for a merge, leaving the given body untouched', () => {
    const { document, changed } = retagSourceMarks(body, KREMLIN, SULLIVAN);
    expect(changed).toBe(2);
    expect(taggedUses(document)).toEqual([{ sourceId: SULLIVAN, role: 'quoted', tags: 4 }]);
    expect(taggedSourceIds(body)).toEqual([KREMLIN, SULLIVAN]);
  });
});
