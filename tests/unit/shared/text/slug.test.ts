import { describe, expect, it } from 'vitest';
import { ARTICLE_LIMITS } from '../../../../shared/api/article';
import { MAX_SLUG_LENGTH, slugify, uniqueSlug, slugFollows } from '../../../../shared/text/slug';

describe('slugify', () => {
  it('turns an Indonesian headline into lower-case words joined by hyphens', () => {
    expect(slugify('Presiden Resmikan Jalan Tol Medan–Binjai, Warga Sambut Gembira')).toBe(
      'presiden-resmikan-jalan-tol-medan-binjai-warga-sambut-gembira',
    );
  });

  it('turns an English headline into a slug the same way', () => {
    expect(slugify('Floods Hit North Sumatra: 3 Villages Cut Off', 'en')).toBe(
      'floods-hit-north-sumatra-3-villages-cut-off',
    );
  });

  it('folds accents to their plain letters (é, ü, ñ, ç)', () => {
    expect(slugify('Café Düsseldorf: Señor Ñandú à la Façade')).toBe(
      'cafe-dusseldorf-senor-nandu-a-la-facade',
    );
  });

  it('spells out letters that have no accent to strip (ß, æ, ø, ł, œ, þ)', () => {
    expect(slugify('Straße Ærø Łódź Œuvre Þór')).toBe('strasse-aero-lodz-oeuvre-thor');
    expect(slugify('GROẞE SÆLGER')).toBe('grosse-saelger');
  });

  it("drops apostrophes inside a word instead of splitting it (Jum'at → jumat)", () => {
    expect(slugify("Salat Jum'at di Masjid Raya")).toBe('salat-jumat-di-masjid-raya');
    expect(slugify('Jum’at Berkah')).toBe('jumat-berkah');
    expect(slugify('Jumʼat Berkah')).toBe('jumat-berkah');
    expect(slugify('Jum´at Berkah')).toBe('jumat-berkah');
    expect(slugify("Don't Panic", 'en')).toBe('dont-panic');
  });

  it('reads "&" as "dan" in Indonesian and "and" in English', () => {
    expect(slugify('Hukum & Kriminal')).toBe('hukum-dan-kriminal');
    expect(slugify('Law & Order', 'en')).toBe('law-and-order');
    expect(slugify('R&D')).toBe('r-dan-d');
  });

  it('drops punctuation and every kind of quote mark', () => {
    expect(slugify('“Saya Tidak Bersalah!” Kata Tersangka — «Sungguh?» (Video)')).toBe(
      'saya-tidak-bersalah-kata-tersangka-sungguh-video',
    );
    expect(slugify('"Quoted" ‘single’ „low“ ‹angle›', 'en')).toBe('quoted-single-low-angle');
  });

  it('drops emoji', () => {
    expect(slugify('Viral 😂🔥 Kucing Naik Motor 🏍️')).toBe('viral-kucing-naik-motor');
  });

  it('returns an empty slug when the headline has no letters or digits', () => {
    expect(slugify('!!! ??? ... — “” «»')).toBe('');
    expect(slugify('🎉🎉')).toBe('');
    expect(slugify('')).toBe('');
  });

  it('cuts a long headline at a word boundary, never longer than 80 characters', () => {
    const headline =
      'Pemerintah Provinsi Sumatera Utara Mengumumkan Rencana Pembangunan Jalan Tol Baru yang Menghubungkan Kota Medan dengan Kabupaten Karo';
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('pemerintah-provinsi-sumatera-utara-mengumumkan-rencana-pembangunan-jalan-tol');
    expect(slugify(headline.replace(/ /g, '-')).startsWith(slug)).toBe(true);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('cuts a single word longer than the limit to exactly the limit', () => {
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('keeps whole a slug as long as the save accepts and the Slug field lets one be typed', () => {
    const longest = 'banjir-'.repeat(40).slice(0, ARTICLE_LIMITS.slug);
    expect(slugify(longest)).toBe(longest);
    expect(ARTICLE_LIMITS.slug).toBe(MAX_SLUG_LENGTH);
  });
});

describe('uniqueSlug', () => {
  it('keeps the slug when no other article uses it', () => {
    expect(uniqueSlug('banjir-medan', () => false)).toBe('banjir-medan');
  });

  it('adds -2, then -3, to a slug already taken', () => {
    const taken = new Set(['banjir-medan']);
    const second = uniqueSlug('banjir-medan', (slug) => taken.has(slug));
    expect(second).toBe('banjir-medan-2');
    taken.add(second);
    expect(uniqueSlug('banjir-medan', (slug) => taken.has(slug))).toBe('banjir-medan-3');
  });

  it('keeps a suffixed slug within 80 characters, shortened at a word boundary', () => {
    const base = `${'berita-'.repeat(11)}ini`;
    expect(base).toHaveLength(MAX_SLUG_LENGTH);
    const slug = uniqueSlug(base, (candidate) => candidate === base);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe(`${'berita-'.repeat(11)}2`);
  });

  it('shortens a single over-long word to make room for the suffix', () => {
    const base = 'a'.repeat(MAX_SLUG_LENGTH);
    expect(uniqueSlug(base, (candidate) => candidate === base)).toBe(`${'a'.repeat(MAX_SLUG_LENGTH - 2)}-2`);
  });

  it('never gives a name Windows refuses for a folder: "con" becomes "con-2", "console" stays', () => {
    expect(['con', 'AUX', 'nul', 'com1', 'lpt9', 'prn'].map((base) => uniqueSlug(base, () => false))).toEqual(
      ['con-2', 'AUX-2', 'nul-2', 'com1-2', 'lpt9-2', 'prn-2'],
    );
    expect(uniqueSlug('con', (slug) => slug === 'con-2')).toBe('con-3');
    expect(uniqueSlug('console', () => false)).toBe('console');
  });

  it('uses a placeholder when the base is empty', () => {
    expect(uniqueSlug('', () => false)).toBe('artikel');
  });
});

describe('slugFollows', () => {
  it('holds for the headline’s slug in either language, with or without a number added for uniqueness', () => {
    expect(slugFollows('ekspor-dan-impor-naik', 'Ekspor & Impor Naik')).toBe(true);
    expect(slugFollows('ekspor-and-impor-naik', 'Ekspor & Impor Naik')).toBe(true);
    expect(slugFollows('ekspor-dan-impor-naik-2', 'Ekspor & Impor Naik')).toBe(true);
    expect(slugFollows('ekspor-dan-impor-naik-lagi', 'Ekspor & Impor Naik')).toBe(false);
    expect(slugFollows('ekspor-dan-impor-naik-2b', 'Ekspor & Impor Naik')).toBe(false);
    expect(slugFollows('ekspor-dan-impor-turun', 'Ekspor & Impor Naik')).toBe(false);
    expect(slugFollows('', '')).toBe(false);
  });
});
