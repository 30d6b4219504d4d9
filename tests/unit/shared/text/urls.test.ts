import { describe, expect, it } from 'vitest';
import {
  addressWithoutCredentials,
  baseAddress,
  baseUrlProblem,
  hasCredentials,
  isSafeUrl,
  linkAddress,
  normalizeTypedUrl,
  typedLinkAddress,
  webAddress,
} from '../../../../shared/text/urls';

describe('link addresses as published', () => {
  it('percent-encodes what a URL may not hold, in the path, query and fragment only', () => {
    expect(webAddress('https://www.voanews.com/a/kim putin-rocket')).toBe(
      'https://www.voanews.com/a/kim%20putin-rocket',
    );
    expect(webAddress('https://ex.com/ü?q=a|b')).toBe('https://ex.com/%C3%BC?q=a%7Cb');
    expect(webAddress('https://EX.com:8080/[x]^y#a#b')).toBe('https://ex.com:8080/%5Bx%5D%5Ey#a%23b');
    expect(webAddress('https://ex.com/a%zz/b%20c')).toBe('https://ex.com/a%25zz/b%20c');
    expect(webAddress('HTTPS://Ex.com')).toBe('https://ex.com/');
  });

  it('keeps a bare "?" or "#" at the end where it was (the path is not cut short)', () => {
    expect(webAddress('https://ex.com/page#')).toBe('https://ex.com/page#');
    expect(webAddress('https://ex.com/berita?')).toBe('https://ex.com/berita?');
    expect(webAddress('https://ex.com?x')).toBe('https://ex.com/?x');
  });

  it('takes http(s) only as a web address, and mailto or relative links besides as a link', () => {
    for (const refused of [
      'javascript:alert(1)',
      ' java\tscript:x',
      'data:text/html,x',
      '//evil.example',
      '',
    ])
      expect(linkAddress(refused), refused).toBeNull();
    expect(webAddress('mailto:a@b.c')).toBeNull();
    expect(linkAddress('mailto:a@b.c?subject="x"&body=<y>')).toBe(
      'mailto:a@b.c?subject=%22x%22&body=%3Cy%3E',
    );
    expect(linkAddress('/berita/banjir medan#foto 1')).toBe('/berita/banjir%20medan#foto%201');
    expect(linkAddress('#sec')).toBe('#sec');
    expect(linkAddress('/a\uD800b')).toBe('/a%EF%BF%BDb');
    expect(isSafeUrl('page.html')).toBe(true);
  });

  it('reads an address without direction marks or overrides (pasted before "https://" they made it relative)', () => {
    expect(linkAddress('\u202ehttps://example.com/a')).toBe('https://example.com/a');
    expect(linkAddress('https://exam\u200fple.com/\u2067x')).toBe('https://example.com/x');
    expect(linkAddress('\u202ejavascript:alert(1)')).toBeNull();
  });

  it('takes a base URL without query, fragment or user, and without the trailing slash', () => {
    expect(baseAddress('https://Tribun-Medan.com/berita/')).toBe('https://tribun-medan.com/berita');
    expect(baseAddress('https://ex.com/news and views')).toBe('https://ex.com/news%20and%20views');
    expect(baseAddress('https://berita.contoh.id')).toBe('https://berita.contoh.id');
    expect(baseAddress('http://192.168.1.20:8080/arsip')).toBe('http://192.168.1.20:8080/arsip');
    expect(baseAddress('https://bücher.de/x')).toBe('https://xn--bcher-kva.de/x');
    for (const refused of [
      'https://ex.com/berita?',
      'https://ex.com/#',
      'https://u@ex.com',
      'ftp://ex.com',
      'https://exa"mple.com/',
      "https://exa'mple.com",
      'https://ex{a}.com',
      // No server listens on port 0, and no server name starts or ends a label with a hyphen.
      'https://example.com:0',
      'https://-bad-.com',
      'https://berita.-contoh.id',
      'https://contoh-.id',
      // The same rule for an international name, which the URL parser turns into xn--…
      'https://-bérita.id',
      'https://bérita-.id',
    ])
      expect(baseAddress(refused), refused).toBeNull();
    expect(baseAddress('https://tribun-medan.com:8443')).toBe('https://tribun-medan.com:8443');
    expect(baseAddress('http://[::1]:8080/berita')).toBe('http://[::1]:8080/berita');
    expect(baseAddress('https://bérita-kota.id')).toBe('https://xn--brita-kota-b7a.id');
  });
});

describe('baseUrlProblem', () => {
  it('names what is wrong with a refused base URL, and nothing for one that is kept', () => {
    expect(baseUrlProblem('')).toBeNull();
    expect(baseUrlProblem('tribun-medan.com/berita')).toBeNull();
    expect(baseUrlProblem('https://tribun-medan.com')).toBeNull();
    expect(baseUrlProblem('ftp://tribun-medan.com')).toBe('notWeb');
    expect(baseUrlProblem('javascript:alert(1)')).toBe('notWeb');
    expect(baseUrlProblem('https://tribun-medan.com/?utm=1')).toBe('queryOrFragment');
    expect(baseUrlProblem('https://tribun-medan.com/#top')).toBe('queryOrFragment');
    expect(baseUrlProblem('https://user:pass@tribun-medan.com')).toBe('credentials');
    expect(baseUrlProblem('https://tribun-medan.com:99999')).toBe('server');
    expect(baseUrlProblem('https://tribun..medan.com')).toBe('server');
    expect(baseUrlProblem('https://tribun"medan.com')).toBe('server');
    expect(baseUrlProblem('https//tribun-medan.com')).toBe('missingColon');
    expect(baseUrlProblem(' HTTP//kabar-sibolga.id/berita')).toBe('missingColon');
  });
});

describe('normalizeTypedUrl', () => {
  it('takes a bare host as https, and leaves an address with a scheme as typed', () => {
    expect(normalizeTypedUrl(' tribun-medan.com/berita ')).toBe('https://tribun-medan.com/berita');
    expect(normalizeTypedUrl('http://kabar-sibolga.id')).toBe('http://kabar-sibolga.id');
    expect(normalizeTypedUrl('redaksi@tribun-medan.com')).toBe('mailto:redaksi@tribun-medan.com');
    expect(normalizeTypedUrl('/berita')).toBe('/berita');
  });

  it('leaves a scheme missing its colon as typed, so it is refused rather than taken as a server named https', () => {
    expect(normalizeTypedUrl('https//tribun-medan.com')).toBe('https//tribun-medan.com');
    expect(normalizeTypedUrl('http//kabar-sibolga.id')).toBe('http//kabar-sibolga.id');
    expect(baseAddress(normalizeTypedUrl('https//tribun-medan.com'))).toBeNull();
  });

  it('takes a bare host with a port as https too, not its name as a scheme', () => {
    expect(normalizeTypedUrl('tribun-medan.com:8080')).toBe('https://tribun-medan.com:8080');
    expect(normalizeTypedUrl('localhost:3000/berita')).toBe('https://localhost:3000/berita');
    expect(normalizeTypedUrl('bücher.de:8443')).toBe('https://bücher.de:8443');
    expect(baseAddress(normalizeTypedUrl('Tribun-Medan.com:8080/berita/'))).toBe(
      'https://tribun-medan.com:8080/berita',
    );
    expect(baseUrlProblem('localhost:3000')).toBeNull();
    // A port past 65535 is the server's fault, not a scheme's.
    expect(baseUrlProblem('tribun-medan.com:99999')).toBe('server');
    // Schemes stay schemes, even with digits after them.
    expect(normalizeTypedUrl('mailto:redaksi@tribun-medan.com')).toBe('mailto:redaksi@tribun-medan.com');
    expect(normalizeTypedUrl('tel:112')).toBe('tel:112');
    expect(normalizeTypedUrl('javascript:1')).toBe('javascript:1');
  });
});

describe('typedLinkAddress', () => {
  it('makes what is typed in the link box a link, and refuses a scheme missing its colon', () => {
    expect(typedLinkAddress('kompas.id/baca')).toBe('https://kompas.id/baca');
    expect(typedLinkAddress('localhost:3000')).toBe('https://localhost:3000/');
    expect(typedLinkAddress('/berita')).toBe('/berita');
    expect(typedLinkAddress('redaksi@kompas.id')).toBe('mailto:redaksi@kompas.id');
    // Not a relative link to a page named "https" (nor https://https//…).
    expect(typedLinkAddress(' https//kompas.id')).toBeNull();
    expect(typedLinkAddress('HTTP//kompas.id')).toBeNull();
    expect(typedLinkAddress('javascript:alert(1)')).toBeNull();
  });

  it('keeps a link inside the publication as typed, never as a server named ".." or "#"', () => {
    expect(typedLinkAddress('../arsip/index.html')).toBe('../arsip/index.html');
    expect(typedLinkAddress('./foto/banjir.html')).toBe('./foto/banjir.html');
    expect(typedLinkAddress('#bagian-2')).toBe('#bagian-2');
    expect(typedLinkAddress('?halaman=2')).toBe('?halaman=2');
    expect(typedLinkAddress('halaman-2.html#foto')).toBe('halaman-2.html#foto');
    expect(typedLinkAddress('../arsip lama/')).toBe('../arsip%20lama/');
  });

  it('refuses words that name no server instead of making them an address', () => {
    expect(typedLinkAddress('Baca selengkapnya')).toBeNull();
    expect(typedLinkAddress('arsip')).toBeNull();
    expect(typedLinkAddress('kompas .id')).toBeNull();
    expect(typedLinkAddress('bücher.de/seite')).toBe('https://xn--bcher-kva.de/seite');
    expect(typedLinkAddress('192.168.1.20/berita')).toBe('https://192.168.1.20/berita');
    expect(typedLinkAddress('http://intranet/berita')).toBe('http://intranet/berita');
  });
});

describe('webAddress server names', () => {
  it('refuses an address whose server name no server can have', () => {
    expect(webAddress('https://../arsip/index.html')).toBeNull();
    expect(webAddress('https://a..b/')).toBeNull();
    expect(webAddress('https://cdn_1.kompas.id/x')).toBe('https://cdn_1.kompas.id/x');
    expect(webAddress('http://[::1]:8080/')).toBe('http://[::1]:8080/');
  });
});

describe('addresses naming a user or password', () => {
  it('refuses them everywhere an address is published, since every reader would see the password', () => {
    for (const refused of [
      'https://user:pass@example.com/',
      'https://editor@example.com/baca',
      'HTTP://:rahasia@Example.com',
      'https://arsip:rahasia@arsip.example/berita',
    ]) {
      expect(hasCredentials(refused), refused).toBe(true);
      expect(webAddress(refused), refused).toBeNull();
      expect(linkAddress(refused), refused).toBeNull();
      expect(typedLinkAddress(refused), refused).toBeNull();
      expect(baseAddress(refused), refused).toBeNull();
    }
    expect(typedLinkAddress('user:pass@example.com')).toBeNull();
    expect(baseUrlProblem('https://user:pass@tribun-medan.com/?x')).toBe('credentials');
  });

  it('keeps an email address, and an "@" in the path, which name no user of the server', () => {
    expect(hasCredentials('mailto:redaksi@example.com')).toBe(false);
    expect(linkAddress('mailto:redaksi@example.com')).toBe('mailto:redaksi@example.com');
    expect(typedLinkAddress('redaksi@example.com')).toBe('mailto:redaksi@example.com');
    expect(hasCredentials('https://medium.com/@redaksi/tulisan')).toBe(false);
    expect(webAddress('https://medium.com/@redaksi/tulisan')).toBe('https://medium.com/@redaksi/tulisan');
  });

  it('names the address in a message without the user name and password', () => {
    expect(addressWithoutCredentials('https://user:pass@example.com/a')).toBe('https://example.com/a');
    expect(addressWithoutCredentials('https://example.com/a')).toBe('https://example.com/a');
  });

  it('finds them however a link may be written: a direction mark first, one slash or none, backslashes, a host that does not parse', () => {
    for (const written of [
      '\u200ehttps://user:secret@example.com/x',
      'https:/user:secret@example.com/',
      'https:user:secret@example.com/',
      'https:\\\\user:secret@example.com/',
      'https://user:secret@exa mple.com',
    ]) {
      expect(hasCredentials(written), written).toBe(true);
      expect(linkAddress(written), written).toBeNull();
      expect(addressWithoutCredentials(written), written).not.toContain('secret');
    }
    expect(addressWithoutCredentials('https://user:secret@exa mple.com')).toBe('https://exa mple.com');
  });
});
