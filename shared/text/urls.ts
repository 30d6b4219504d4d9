import { replaceControls } from './characters';
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

// What RFC 3986 allows in a path, query or fragment besides letters and digits ("%" only before two hex
// digits): anything else (a space, "|", "[", non-ASCII…) makes an href invalid HTML, so it is encoded.
const NOT_URL_CHARACTER = /%(?![0-9a-fA-F]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;
const encodeCharacter = (character: string): string => {
  if (character === '%') return '%25';
  // A lone surrogate has no UTF-8 form: it becomes U+FFFD, as a browser would send it.
  return character.length === 1 && /[\uD800-\uDFFF]/.test(character)
    ? '%EF%BF%BD'
    : encodeURIComponent(character);
};
const encodeRest = (part: string): string => part.replace(NOT_URL_CHARACTER, encodeCharacter);
/** A path + query (+ "#" + fragment) with every character a URL may not hold percent-encoded. */
function encodeReference(reference: string): string {
  const hash = reference.indexOf('#');
  if (hash === -1) return encodeRest(reference);
  return `${encodeRest(reference.slice(0, hash))}#${encodeRest(reference.slice(hash + 1))}`;
}

// A host name a server can have: letters, digits, hyphens, underscores and dots (an international name
// arrives as xn--…), or an IP address.
const SERVER_NAME = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])$/;

/**
 * Whether an http(s) address names a user or a password ("https://user:pass@example.com/"): published,
 * they would be shown to every reader, and the Nu checker refuses such an href.
 */
export function hasCredentials(raw: string): boolean {
  const url = typedAddress(raw);
  if (!/^https?:/i.test(url)) return false;
  // Read as a browser reads it ("https:/user:pass@…", "https:\\user:pass@…" too); one that does not
  // parse ("https://user:pass@exa mple.com") still names them before its "@".
  if (URL.canParse(url)) {
    const { username, password } = new URL(url);
    if (username !== '' || password !== '') return true;
  }
  return USER_PART.test(url);
}

// What comes before an "@" in the authority of an http(s) address, however many slashes lead to it.
const USER_PART = /^(https?:[\\/]*)[^\\/?#@\s]*@/i;

/**
 * An address to name in a message: as a link reads it (direction marks and controls out), the user
 * name and password left out whether or not it parses, so no message repeats them.
 */
export function addressWithoutCredentials(raw: string): string {
  return typedAddress(raw).replace(USER_PART, '$1');
}

/**
 * A web page's address as browsers and HTML validators want it (`new URL(…).href`, then what it leaves
 * unencoded — "|", "[", "^"… — percent-encoded too; host lower-cased), or null when it is not an
 * http(s) address that parses, or it names a user or password (hasCredentials).
 */
export function webAddress(raw: string): string | null {
  const url = raw.trim();
  if (!/^https?:\/\/[^/\s]/i.test(url) || !isSafeUrl(url) || !URL.canParse(url)) return null;
  // An http(s) href always has a path: what comes before its first "/" (scheme, host, port) is
  // already in canonical form; the path, query and fragment after it get what new URL() leaves out.
  // (Its search and hash are empty for a bare "?" or "#", so they cannot say where the path ends.)
  const { href, hostname, username, password } = new URL(url);
  if (username || password) return null;
  // Chromium's parser takes "https://Baca selengkapnya" (host "baca%20selengkapnya") and Node's takes
  // "https://../arsip" (host ".."): neither is a server, and the Nu checker refuses both hrefs.
  if (!SERVER_NAME.test(hostname)) return null;
  const path = href.indexOf('/', href.indexOf('//') + 2);
  return href.slice(0, path) + encodeReference(href.slice(path));
}

/**
 * A link's address as published: http(s) as webAddress, a mailto or relative link with every character
 * a URL may not hold percent-encoded; null when the link may not be kept (isSafeUrl) or is empty.
 */
// Direction marks and overrides have no place in an address: pasted before "https://" they made it a
// relative link to a file named "%E2%80%AEhttps://…"; inside one they can make it read as another.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** An address as a link reads it: direction marks and control characters out, no spaces at its ends. */
const typedAddress = (raw: string): string => replaceControls(raw.replace(BIDI_CONTROLS, '')).trim();

export function linkAddress(raw: string): string | null {
  const url = typedAddress(raw);
  if (!isSafeUrl(url)) return null;
  if (/^https?:/i.test(url)) return webAddress(url);
  if (/^mailto:/i.test(url)) return `mailto:${encodeReference(url.slice('mailto:'.length))}`;
  return encodeReference(url);
}

// A server name a publication can be published at: labels of letters, digits and hyphens, none
// starting or ending with a hyphen, between single dots (an international name arrives as xn--…), or
// an IP address. Stricter than SERVER_NAME, which a link's address only needs to pass as valid HTML.
const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const PUBLISHED_HOST = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*\\.?|\\[[0-9a-f:.]+\\])$`);
// The server name as typed, before the URL parser turns an international one into xn--… (whose
// labels the hyphen rule can no longer see: "-bérita.id" becomes "xn---brita-cva.id").
const TYPED_HOST = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:[\]]+)/i;
const hyphenAtLabelEdge = (host: string): boolean =>
  host.split('.').some((label) => label.startsWith('-') || label.endsWith('-'));

/**
 * A publication's base URL as the export joins page addresses to it (`https://example.com/news`: no
 * trailing slash), or null when it is not a plain http(s) address (a query, a fragment or a user name
 * in it would end up inside every page's address), its server name is none a server can have, or its
 * port is 0 (no server listens there).
 */
export function baseAddress(raw: string): string | null {
  const href = webAddress(raw);
  if (href === null) return null;
  const url = new URL(href);
  // A bare "?" or "#" leaves search and hash empty but stays in href: refuse the characters themselves.
  if (href.includes('?') || href.includes('#')) return null;
  // The URL parser lets quotes and the like through.
  if (!PUBLISHED_HOST.test(url.hostname) || url.port === '0') return null;
  const typedHost = TYPED_HOST.exec(raw.trim())?.[1];
  if (typedHost !== undefined && hyphenAtLabelEdge(typedHost)) return null;
  return href.replace(/\/+$/, '');
}

/** Why a typed base URL is refused, to say so in words: see baseAddress. */
export type BaseUrlProblem = 'notWeb' | 'missingColon' | 'queryOrFragment' | 'credentials' | 'server';

/** What is wrong with a base URL as typed (normalizeTypedUrl first, as the profile does), or null. */
export function baseUrlProblem(typed: string): BaseUrlProblem | null {
  if (typed.trim() === '') return null;
  const raw = normalizeTypedUrl(typed);
  if (baseAddress(raw) !== null) return null;
  if (MISSING_SCHEME_COLON.test(raw)) return 'missingColon';
  if (hasCredentials(raw)) return 'credentials';
  const href = webAddress(raw);
  // An http(s) address that does not parse: its server name or port is what is wrong.
  if (href === null)
    return /^https?:\/\/[^/\s]/i.test(raw.trim()) && isSafeUrl(raw.trim()) ? 'server' : 'notWeb';
  if (href.includes('?') || href.includes('#')) return 'queryOrFragment';
  return 'server';
}

// "https//tribun-medan.com": a scheme that lost its colon, not a server named "https".
const MISSING_SCHEME_COLON = /^https?\/\//i;
// "tribun-medan.com:8080", "localhost:3000": a server and its port, not a scheme named "tribun-medan.com".
const HOST_AND_PORT = /^(?:localhost|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\.?):\d+(?:[/?#]|$)/iu;

/** What an editor types in the link box, made into an address: "example.com" → "https://example.com". */
export function normalizeTypedUrl(typed: string): string {
  const url = typed.trim();
  // Left as typed, so it is refused rather than published as https://https//…
  if (MISSING_SCHEME_COLON.test(url)) return url;
  if (HOST_AND_PORT.test(url)) return `https://${url}`;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('/') || url.startsWith('#')) return url;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(url)) return `mailto:${url}`;
  return `https://${url}`;
}

// A link inside the publication, kept as typed: "/berita", "./foto.html", "../arsip/", "#bagian-2",
// "?halaman=2", or a file name ("halaman-2.html": no server is named after a web page's file type).
const RELATIVE_LINK = /^(?:\/(?!\/)|\.\.?\/|[#?])|^[^\s/:?#]+\.(?:html?|php|aspx?|jsp|pdf)(?:[?#]|$)/i;
// What a server name looks like typed without a scheme: a dotted name ("kompas.id"), localhost or an
// IPv6 address, up to the path, query, fragment or port.
const TYPED_SERVER = /^(?:localhost|\[[0-9a-f:.]+\]|[^\s/?#.:@]+(?:\.[^\s/?#.:@]+)+\.?)(?=[/?#:]|$)/iu;

/**
 * A source's web address as stored and published, completed by the link box's rules: a server name
 * gets https:// ("antaranews.com"), an email address mailto:; a link inside the publication, a file
 * name, words or anything else stays as typed (published as it always was, or refused by the export).
 */
export function sourceAddress(typed: string): string {
  const url = typed.trim();
  if (url === '' || MISSING_SCHEME_COLON.test(url) || RELATIVE_LINK.test(url)) return url;
  const completed = normalizeTypedUrl(url);
  return completed === `https://${url}` && !TYPED_SERVER.test(url) ? url : completed;
}

/**
 * A link typed in the link box, as it will be published, or null: an address with a scheme as typed,
 * a relative link as typed, a server name with https:// put in front, an email address with mailto:.
 * Anything else is refused rather than guessed at: words ("Baca selengkapnya") are no server, and
 * "https//…" is no relative link to a page named "https".
 */
export function typedLinkAddress(typed: string): string | null {
  const url = typed.trim();
  if (MISSING_SCHEME_COLON.test(url)) return null;
  if (RELATIVE_LINK.test(url)) return linkAddress(url);
  const normalized = normalizeTypedUrl(url);
  if (normalized === `https://${url}` && !TYPED_SERVER.test(url)) return null;
  return linkAddress(normalized);
}
