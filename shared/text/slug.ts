// Letters that Unicode decomposition does not reduce to ASCII on its own.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};
// Straight, curly and modifier-letter apostrophes, backtick and acute accent typed as an apostrophe.
const APOSTROPHES = /['’‘`´ʼ]/g;
const CONNECTIVES: Record<'en' | 'id', string> = { en: 'and', id: 'dan' };
export const MAX_SLUG_LENGTH = 80;
/** Names Windows refuses for files and folders, whatever the extension: no package folder may have one. */
export const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A URL slug from a headline: lower-case ASCII words joined by hyphens, accents folded
 * ("Café Düsseldorf" → "cafe-dusseldorf"), "&" read as the language's "and", apostrophes dropped
 * ("Jum'at" → "jumat"), cut at a word boundary. Empty when the headline has no letters or digits.
 */
export function slugify(text: string, language: 'en' | 'id' = 'id'): string {
  const folded = text
    .toLowerCase()
    // Before NFKD, which turns "´" into a space plus a mark and would split "Jum´at" in two.
    .replace(APOSTROPHES, '')
    .replace(/&/g, ` ${CONNECTIVES[language]} `)
    .replace(/[ßæœøđðłþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug;
}

/** `slug` shortened to at most `max` characters, at a word boundary when there is one. */
function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const boundary = slug[max] === '-' ? max : cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : cut).replace(/-+$/, '');
}

/**
 * The first of `base`, `base-2`, `base-3`… that `isTaken` does not claim and that can name a folder
 * ("con" → "con-2"), each at most MAX_SLUG_LENGTH long.
 */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  const root = base || 'artikel';
  if (!isTaken(root) && !RESERVED_NAMES.test(root)) return root;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${shorten(root, MAX_SLUG_LENGTH - suffix.length)}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * Whether a stored slug still follows the headline — its slug in either publication language (the
 * language may have been switched since), or that with a number the store added to keep it unique —
 * so a save keeps it instead of moving the article's address.
 */
export function slugFollows(slug: string, headline: string): boolean {
  return (['id', 'en'] as const).some((language) => {
    const base = slugify(headline, language);
    return (
      base !== '' &&
      (slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1))))
    );
  });
}
