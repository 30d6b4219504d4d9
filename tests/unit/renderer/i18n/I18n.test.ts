import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/i18n/I18n';
import { en } from '../../../../renderer/i18n/en';
import { id } from '../../../../renderer/i18n/id';
import { say, sayIn } from '../../../../shared/api/wording';

describe('interface messages', () => {
  it('say "1 article", not "1 articles", where a message has a singular form', () => {
    const { t } = createI18n('en');
    expect(t('photos.flag.used', { n: 1 })).toBe('In 1 article');
    expect(t('photos.flag.used', { n: 3 })).toBe('In 3 articles');
    expect(t('photos.import.finished', { n: 1, failed: 2 })).toBe('1 photo imported, 2 refused');
    expect(t('photos.import.finished', { n: 0, failed: 1 })).toBe('0 photos imported, 1 refused');
    expect(t('picker.useImported', { n: 1 })).toBe('Use the imported photo');
    expect(createI18n('id').t('photos.flag.used', { n: 1 })).toBe('Di 1 artikel');
    expect(t('pages.leftOutOfPaste', { n: 1 })).toMatch(
      /^A page break inside the pasted list, quote or table was left out:/,
    );
    expect(t('pages.leftOutOfPaste', { n: 2 })).toMatch(
      /^2 page breaks inside the pasted lists, quotes or tables were left out:/,
    );
    expect(createI18n('id').t('pages.leftOutOfPaste', { n: 2 })).toMatch(
      /^2 pemisah halaman di dalam daftar/,
    );
    expect(t('words.count', { n: 1 })).toBe('1 word');
    expect(t('source.merge.done', { duplicate: 'J. Sullivan', keep: 'Jake Sullivan', n: 1 })).toBe(
      'Merged “J. Sullivan” into “Jake Sullivan”: 1 article changed.',
    );
  });

  it('writes numbers the way each language does: 1,625 in English, 1.625 in Indonesian', () => {
    expect(createI18n('en').t('characters.count', { n: 1625 })).toBe('1,625 characters');
    expect(createI18n('id').t('characters.count', { n: 1625 })).toBe('1.625 karakter');
    expect(sayIn('en', say('export.shortPage', { page: 2, words: 1 }))).toBe('Page 2 has only 1 word.');
    const refused = say('photo.tooManyPixels', {
      name: 'a.jpg',
      width: 20000,
      height: 20000,
      megapixels: 400,
      limit: 110,
    });
    expect(sayIn('id', refused)).toContain('20.000 × 20.000 piksel');
    expect(refused.message).toContain('20,000 × 20,000 pixels');
  });

  it('says the word for a count that is not the message’s {n} ("Page 3 — 1 word")', () => {
    const { t } = createI18n('en');
    expect(t('pages.option', { n: 3, words: 1 })).toBe('Page 3 — 1 word');
    expect(t('pages.option', { n: 1, words: 40 })).toBe('Page 1 — 40 words');
    expect(t('pages.pageWords', { n: 1 })).toBe('1 word on this page');
    expect(t('characters.count', { n: 1 })).toBe('1 character');
    expect(t('photos.import.count', { done: 0, total: 1 })).toBe('0 of 1 photo');
    expect(t('autoSplit.page', { n: 2, words: 1, start: 'Ya' })).toBe('Page 2: 1 word, from “Ya”');
    expect(sayIn('en', say('export.shortPage', { page: 2, words: 1 }))).toBe('Page 2 has only 1 word.');
    expect(sayIn('en', say('export.shortPage', { page: 2, words: 9 }))).toBe('Page 2 has only 9 words.');
    expect(sayIn('id', say('export.shortPage', { page: 2, words: 1 }))).toBe(
      'Halaman 2 hanya berisi 1 kata.',
    );
  });

  it('has every English message in Indonesian with the same placeholders', () => {
    const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    // Every singular form belongs to a message with a count.
    for (const key of Object.keys(en).filter((name) => name.endsWith('.one')))
      expect(en[key.slice(0, -'.one'.length) as keyof typeof en], key).toContain('{n}');
    for (const key of Object.keys(en) as Array<keyof typeof en>)
      expect(placeholders(id[key]), key).toEqual(placeholders(en[key]));
  });
});
