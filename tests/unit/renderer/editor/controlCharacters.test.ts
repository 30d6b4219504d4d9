import { describe, expect, it } from 'vitest';
import { withoutControls } from '../../../../renderer/editor/controlCharacters';

describe('withoutControls', () => {
  it('drops invisible controls and turns word separators into a space where none is beside them', () => {
    expect(withoutControls('Akhir PDF.\fAwal').text).toBe('Akhir PDF. Awal');
    expect(withoutControls('Satu\u000bdua').text).toBe('Satu dua');
    expect(withoutControls('enam\u0085tujuh\u001fdelapan').text).toBe('enam tujuh delapan');
    expect(withoutControls('ibu\u000c kota').text).toBe('ibu kota');
    expect(withoutControls('ibu \u000ckota').text).toBe('ibu kota');
    expect(withoutControls('Jakarta\u0000 ibu\u0007').text).toBe('Jakarta ibu');
    // A NUL between a separator and the next word does not hide the word.
    expect(withoutControls('PDF.\f\u0000Awal').text).toBe('PDF. Awal');
    // At a text's edge the neighbouring text is not known: the space is kept.
    expect(withoutControls('\fAwal').text).toBe(' Awal');
    expect(withoutControls('Tab\tstays').text).toBe('Tab\tstays');
  });

  it('writes out a PDF’s ligatures, the offsets after them following', () => {
    const { text, offsets } = withoutControls('\ufb01nal \ufb02at o\ufb03ce');
    expect(text).toBe('final flat office');
    expect(text[offsets[1]!]).toBe('n');
    expect(text[offsets[11]!]).toBe('c');
  });

  it('maps every offset of the old text to the same character in the new one', () => {
    const { text, offsets } = withoutControls('a\u0000b\fc');
    expect(text).toBe('ab c');
    expect(offsets).toEqual([0, 1, 1, 2, 3, 4]);
    expect(text[offsets[4]!]).toBe('c');
  });
});
