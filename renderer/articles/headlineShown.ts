import { hasVisibleText } from '../../shared/text/characters';
import type { Translate } from '../i18n/I18n';

/**
 * How an article is named on screen (list rows, window title, questions, notices): its headline, or
 * "Untitled article" when the headline shows nothing — empty, spaces, or only invisible characters
 * (a zero-width space, a soft hyphen, a direction mark).
 */
export function headlineShown(headline: string, t: Translate): string {
  return hasVisibleText(headline) ? headline.trim() : t('list.untitled');
}
