import { createContext, useContext, type ReactNode } from 'react';
import type { UiLanguage } from '../../shared/api/settings';
import { fillTemplate, numberIn, sayIn, type Wording } from '../../shared/api/wording';
import { en, type MessageKey, type Messages } from './en';
import { id } from './id';

const MESSAGES: Record<UiLanguage, Messages> = { en, id };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  language: UiLanguage;
  t: Translate;
  /** What the services said (an error, a preflight finding, a refused file), in the interface language. */
  say: (said: { message: string; wording?: Wording }) => string;
}

export function createI18n(language: UiLanguage): I18n {
  const messages = MESSAGES[language];
  return {
    language,
    say: (said) => sayIn(language, said),
    t: (key, values) => {
      // A count of one takes the message's singular form, `<key>.one`, where it has one ("In 1 article"):
      // callers pass { n } and never choose the form themselves.
      const singular = values?.n === 1 ? (messages as Record<string, string>)[`${key}.one`] : undefined;
      return fillTemplate(singular ?? messages[key], values, (value) =>
        typeof value === 'number' ? numberIn(language, value) : value,
      );
    },
  };
}

/** One I18n per language: the context's value, and every `t`, keep their identity across renders. */
const BY_LANGUAGE = new Map<UiLanguage, I18n>();
function i18nIn(language: UiLanguage): I18n {
  const made = BY_LANGUAGE.get(language) ?? createI18n(language);
  BY_LANGUAGE.set(language, made);
  return made;
}

const I18nContext = createContext<I18n>(i18nIn('en'));

export function I18nProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  return <I18nContext.Provider value={i18nIn(language)}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
