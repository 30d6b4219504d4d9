import { describe, expect, it } from 'vitest';
import { parseSplitSpace, spaceToPutBack } from '../../../../shared/editor/splitSpace';

describe('the space a page break took out of the paragraph it split', () => {
  it('goes back between the halves, so the words at the seam are not glued', () => {
    expect(spaceToPutBack('air setinggi', 'dada orang dewasa', ' ')).toBe(' ');
    expect(spaceToPutBack('Baris satu', 'baris dua', '\n')).toBe('\n');
    expect(spaceToPutBack('kata30.', 'Lalu', ' ')).toBe(' ');
  });

  it('is not doubled where a space was written at the seam since', () => {
    expect(spaceToPutBack('air setinggi ', 'dada', ' ')).toBe('');
    expect(spaceToPutBack('air setinggi', ' dada', ' ')).toBe('');
  });

  it('is nothing when the split took nothing out (the halves met at a photo)', () => {
    expect(spaceToPutBack('kata', 'kata', '')).toBe('');
  });

  it('is read from a stored body only as what a split takes out: a short run of spaces', () => {
    expect(parseSplitSpace(' ')).toBe(' ');
    expect(parseSplitSpace('')).toBe('');
    expect(parseSplitSpace(' \n')).toBe(' \n');
    expect(parseSplitSpace('dada')).toBeNull();
    expect(parseSplitSpace(' '.repeat(17))).toBeNull();
    expect(parseSplitSpace(1)).toBeNull();
    expect(parseSplitSpace(undefined)).toBeNull();
  });
});
