import { describe, expect, it } from 'vitest';
import { fitted, pasteCut } from '../../../../renderer/app/fieldRoom';

const EMPTY = { value: '', start: 0, end: 0 };

describe('a paste into a field with a limit', () => {
  it('is cut when less went in than was pasted, however far from the limit the cut fell', () => {
    // 499 letters and two emoji in a 500-unit field: the emoji do not fit whole, 499 units land.
    expect(pasteCut(EMPTY, 'a'.repeat(499), `${'a'.repeat(499)}😀😀`)).toBe(true);
    expect(pasteCut(EMPTY, 'a'.repeat(500), 'a'.repeat(600))).toBe(true);
  });

  it('is cut when nothing went in at all', () => {
    const full = { value: 'x'.repeat(10), start: 10, end: 10 };
    expect(pasteCut(full, 'x'.repeat(10), 'Banjir')).toBe(true);
  });

  it('counts only what took the selection’s place, not the text around it', () => {
    const before = { value: 'Banjir di Medan', start: 10, end: 15 };
    expect(pasteCut(before, 'Banjir di Deli Serdang', 'Deli Serdang')).toBe(false);
    expect(pasteCut(before, 'Banjir di Deli', 'Deli Serdang')).toBe(true);
  });

  it('is whole when a one-line field merged or dropped its line breaks', () => {
    expect(pasteCut(EMPTY, 'Banjir di Medan', '\nBanjir\r\n\r\n  di Medan\n')).toBe(false);
    expect(pasteCut(EMPTY, 'BanjirdiMedan', 'Banjir\ndi\nMedan')).toBe(false);
  });
});

describe('a text fitted to a field’s room', () => {
  it('is cut to the room, never between the two halves of an emoji', () => {
    expect(fitted('Banjir', 10)).toBe('Banjir');
    expect(fitted('Banjir', 3)).toBe('Ban');
    expect(fitted('ab😀', 3)).toBe('ab');
  });
});
