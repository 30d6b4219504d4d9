import { describe, expect, it } from 'vitest';
import { localeLanguage } from '../../../../electron/hosts/locale-language';

describe('the language the system’s locale asks for', () => {
  it('is Indonesian for an Indonesian locale, read as POSIX reads messages', () => {
    expect(localeLanguage({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(localeLanguage({ LANG: 'id' })).toBe('id');
    expect(localeLanguage({ LC_MESSAGES: 'id_ID', LANG: 'en_US.UTF-8' })).toBe('id');
    // LC_ALL overrides the others, either way.
    expect(localeLanguage({ LC_ALL: 'en_GB.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(localeLanguage({ LC_ALL: 'id_ID.UTF-8', LANG: 'C' })).toBe('id');
  });

  it('is English for any other locale, or none', () => {
    for (const LANG of ['C.UTF-8', 'en_US.UTF-8', 'ido_XX', 'C', '', undefined])
      expect(localeLanguage({ LANG }), String(LANG)).toBe('en');
  });
});
