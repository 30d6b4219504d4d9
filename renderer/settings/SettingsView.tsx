import { useId, useState } from 'react';
import {
  UI_LANGUAGES,
  type PublicationProfile,
  type Settings,
  type UiLanguage,
} from '../../shared/api/settings';
import type { ApiErrorShape } from '../../shared/api/errors';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';

/** UI language and the publication profile; every change is saved at once. */
export function SettingsView({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const languageId = useId();
  const publicationLanguageId = useId();
  const [publication, setPublication] = useState<PublicationProfile>(settings.publication);

  const save = async (patch: { uiLanguage?: UiLanguage; publication?: Partial<PublicationProfile> }) => {
    const result = await api('settings.update', patch);
    if (result.ok) {
      setError(null);
      onSaved(result.value);
    } else setError(result.error);
  };
  const text = (key: keyof PublicationProfile, label: string, type = 'text') => (
    <label className="rx-field">
      <span>{label}</span>
      <input
        type={type}
        value={publication[key]}
        onChange={(event) => setPublication({ ...publication, [key]: event.target.value })}
        onBlur={(event) => void save({ publication: { [key]: event.target.value } })}
      />
    </label>
  );

  return (
    <section className="rx-settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {error && (
        <p className="rx-error" role="alert">
          {error.message}
        </p>
      )}
      {/* Selects sit beside their label so the options' text is not read as part of the label. */}
      <div className="rx-field">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select
          id={languageId}
          value={settings.uiLanguage}
          onChange={(event) => void save({ uiLanguage: event.target.value as UiLanguage })}
        >
          {UI_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="rx-fieldset">
        <legend>{t('settings.publication')}</legend>
        {text('name', t('settings.publication.name'))}
        <div className="rx-field">
          <label htmlFor={publicationLanguageId}>{t('settings.publication.language')}</label>
          <select
            id={publicationLanguageId}
            value={publication.language}
            onChange={(event) => {
              const language = event.target.value as UiLanguage;
              setPublication({ ...publication, language });
              void save({ publication: { language } });
            }}
          >
            {UI_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </div>
        {text('datelinePrefix', t('settings.publication.datelinePrefix'))}
        {text('baseUrl', t('settings.publication.baseUrl'), 'url')}
        {text('copyright', t('settings.publication.copyright'))}
        {text('accentColor', t('settings.publication.accent'), 'color')}
      </fieldset>
    </section>
  );
}
