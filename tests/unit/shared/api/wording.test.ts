import { describe, expect, it } from 'vitest';
import { SERVICE_MESSAGES } from '../../../../shared/api/serviceMessages';
import { say, sayIn } from '../../../../shared/api/wording';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('what the services say, in both languages', () => {
  it('has every message in English and Indonesian with the same placeholders', () => {
    for (const [key, { en, id }] of Object.entries(SERVICE_MESSAGES)) {
      expect(en.trim(), key).not.toBe('');
      expect(id.trim(), key).not.toBe('');
      expect(id, key).not.toBe(en);
      expect(placeholders(id), key).toEqual(placeholders(en));
    }
  });

  it('gives the English as the message and the key with its values as the wording', () => {
    const said = say('export.shortPage', { page: 2, words: 40 });
    expect(said).toEqual({
      message: 'Page 2 has only 40 words.',
      wording: { key: 'export.shortPage', values: { page: 2, words: 40 } },
    });
    expect(sayIn('id', said)).toBe('Halaman 2 hanya berisi 40 kata.');
    expect(sayIn('en', said)).toBe('Page 2 has only 40 words.');
  });

  it('falls back to the English message for a key it does not know or no wording at all', () => {
    expect(sayIn('id', { message: 'Something new.', wording: { key: 'future.message' } })).toBe(
      'Something new.',
    );
    expect(sayIn('id', { message: 'Plain.' })).toBe('Plain.');
    // A key that names something every object has is still just an unknown key.
    expect(sayIn('id', { message: 'Odd.', wording: { key: 'constructor' } })).toBe('Odd.');
  });
});
