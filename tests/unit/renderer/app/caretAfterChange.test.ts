import { describe, expect, it } from 'vitest';
import { caretAfterChange } from '../../../../renderer/app/useRespelledField';

describe('caretAfterChange', () => {
  it('keeps the caret between the same letters when the spelling changes only its capitals', () => {
    expect(caretAfterChange('olahraga', 4, 'Olahraga')).toBe(4);
    expect(caretAfterChange('olahraga', 0, 'Olahraga')).toBe(0);
    expect(caretAfterChange('olahraga', 8, 'Olahraga')).toBe(8);
  });

  it('follows the letters when spaces are tidied: before "medsos" stays before it', () => {
    // "viral  medsos" with the caret before "medsos" (after the two spaces), filed as "Viral Medsos".
    expect(caretAfterChange('viral  medsos', 7, 'Viral Medsos')).toBe(6);
    // Right after "viral", before the spaces: still right after it.
    expect(caretAfterChange('viral  medsos', 5, 'Viral Medsos')).toBe(5);
    // Inside "medsos".
    expect(caretAfterChange('viral  medsos', 9, 'Viral Medsos')).toBe(8);
    expect(caretAfterChange('viral  medsos', 13, 'Viral Medsos')).toBe(12);
  });
});
