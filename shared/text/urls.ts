const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link target may be kept: http, https, mailto, or a relative path. Browsers ignore
 * tabs, newlines and leading control characters inside a scheme ("java\tscript:"), so they are
 * removed before the scheme is read; anything else with a scheme (javascript:, data:, vbscript:,
 * file:) is refused.
 */
export function isSafeUrl(raw: string): boolean {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (url.length === 0) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (!scheme) return !url.startsWith('//') && !url.startsWith('\\');
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase() + ':');
}

/**
 * A web page's address as browsers and HTML validators want it (`new URL(…).href`: spaces and other
 * characters percent-encoded, host lower-cased), or null when it is not an http(s) address that parses.
 */
export function webAddress(raw: string): string | null {
  const url = raw.trim();
  if (!/^https?:\/\/[^/\s]/i.test(url) || !isSafeUrl(url) || !URL.canParse(url)) return null;
  return new URL(url).href;
}

/**
 * A publication's base URL as the export joins page addresses to it (`https://example.com/news`: no
 * trailing slash), or null when it is not a plain http(s) address (a query, a fragment or a user name
 * in it would end up inside every page's address).
 */
export function baseAddress(raw: string): string | null {
  const href = webAddress(raw);
  if (href === null) return null;
  const url = new URL(href);
  // A bare "?" or "#" leaves search and hash empty but stays in href: refuse the characters themselves.
  if (href.includes('?') || href.includes('#') || url.username || url.password) return null;
  return href.replace(/\/+$/, '');
}

/** What an editor types in the link box, made into an address: "example.com" → "https://example.com". */
export function normalizeTypedUrl(typed: string): string {
  const url = typed.trim();
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('/') || url.startsWith('#')) return url;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(url)) return `mailto:${url}`;
  return `https://${url}`;
}
