import type { UiLanguage } from '../../shared/api/settings';

/**
 * The interface language the system's locale asks for, read as POSIX reads a program's messages
 * (LC_ALL, then LC_MESSAGES, then LANG): Indonesian for `id`, `id_ID.UTF-8` and the like, else English.
 */
export function localeLanguage(env: NodeJS.ProcessEnv = process.env): UiLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^id(?:[_.@-]|$)/i.test(locale) ? 'id' : 'en';
}
