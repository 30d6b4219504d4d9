import { useEffect, useId, useState } from 'react';
import {
  PROFILE_LIMITS,
  UI_LANGUAGES,
  type PublicationProfile,
  type Settings,
} from '../../shared/api/settings';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { Photo } from '../../shared/api/photo';
import { CAPTION_STYLES } from '../../shared/text/caption-style';
import { baseUrlProblem } from '../../shared/text/urls';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { useProfileFields, type RefusedKey } from './useProfileFields';

/** Refusals are said in the order of their fields on the page (every field has its place). */
const PLACE: Record<RefusedKey, number> = {
  uiLanguage: 0,
  name: 1,
  language: 2,
  datelinePrefix: 3,
  baseUrl: 4,
  copyright: 5,
  accentColor: 6,
  captionStyle: 7,
  logoPhotoId: 8,
  exportFolder: 9,
  exportZip: 10,
};

/** A select beside its label (not inside it), so the options' text is not read as part of the label. */
function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="rx-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The profile field a refused update names (the contract's validation issue path), if any. */
function refusedField(error: ApiErrorShape | null): string | null {
  if (error?.code !== 'VALIDATION') return null;
  const issues = (error.details as { issues?: Array<{ path?: unknown[] }> } | undefined)?.issues;
  const path = issues?.[0]?.path;
  return path?.[0] === 'publication' && typeof path[1] === 'string' ? path[1] : null;
}

/** UI language and the publication profile; a choice is saved at once, a text field as it is typed and left. */
export function SettingsView({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}) {
  const { t, say } = useI18n();
  const {
    shown: publication,
    refusals,
    save,
    edit,
    commit,
    choose,
  } = useProfileFields(settings.publication, onSaved);
  const languages = UI_LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }));
  const [photos, setPhotos] = useState<Photo[]>([]);
  // Every photo may be the logo; the one that is, however old, is always among the choices.
  useEffect(() => {
    void api('photos.list', { limit: 50_000 }).then(async (result) => {
      if (!result.ok) return;
      const logoId = settings.publication.logoPhotoId;
      if (!logoId || result.value.some((photo) => photo.id === logoId)) return setPhotos(result.value);
      const logo = await api('photos.get', { id: logoId });
      setPhotos(logo.ok ? [...result.value, logo.value] : result.value);
    });
  }, [settings.publication.logoPhotoId]);
  const logos = [
    { value: '', label: t('settings.publication.noLogo') },
    ...photos.map((photo) => ({ value: photo.id, label: photo.caption || photo.originalName })),
  ];

  const invalid = (key: RefusedKey) => {
    const refusal = refusals[key];
    return refusal !== undefined && refusedField(refusal.error) === key;
  };
  // Why the base URL was refused is read from the address refused — not from the field typed on
  // since, which would change the alert (and have it read again) at every key.
  const said = (key: RefusedKey) => {
    const refusal = refusals[key]!;
    if (key !== 'baseUrl' || !invalid(key)) return say(refusal.error);
    const problem = baseUrlProblem(String(refusal.value)) ?? 'notWeb';
    return t(`settings.publication.baseUrlInvalid.${problem}`);
  };
  const text = (key: Exclude<keyof PublicationProfile, 'exportZip'>, label: string, type = 'text') => (
    <label className="rx-field">
      <span>{label}</span>
      <input
        type={type}
        maxLength={key in PROFILE_LIMITS ? PROFILE_LIMITS[key as keyof typeof PROFILE_LIMITS] : undefined}
        aria-invalid={invalid(key) || undefined}
        // A refused field says why whenever it is reached again, not only when refused.
        aria-describedby={refusals[key] ? `settings-refusal-${key}` : undefined}
        value={publication[key]}
        onChange={(event) => edit(key, event.target.value)}
        onBlur={() => commit(key)}
        onKeyDown={(event) => event.key === 'Enter' && commit(key)}
      />
    </label>
  );

  return (
    <section className="rx-settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {(Object.keys(refusals) as RefusedKey[])
        .sort((a, b) => PLACE[a] - PLACE[b])
        .map((key) => (
          <p key={key} id={`settings-refusal-${key}`} className="rx-error" role="alert">
            {said(key)}
          </p>
        ))}
      <Choice
        label={t('settings.language')}
        value={settings.uiLanguage}
        options={languages}
        onChange={(uiLanguage) => void save({ uiLanguage })}
      />
      <fieldset className="rx-fieldset">
        <legend>{t('settings.publication')}</legend>
        {text('name', t('settings.publication.name'))}
        <Choice
          label={t('settings.publication.language')}
          value={publication.language}
          options={languages}
          onChange={(language) => choose('language', language)}
        />
        {text('datelinePrefix', t('settings.publication.datelinePrefix'))}
        {text('baseUrl', t('settings.publication.baseUrl'), 'url')}
        {text('copyright', t('settings.publication.copyright'))}
        {text('accentColor', t('settings.publication.accent'), 'color')}
        <Choice
          label={t('settings.publication.captionStyle')}
          value={publication.captionStyle}
          options={CAPTION_STYLES.map((value) => ({ value, label: t(`captionStyle.${value}`) }))}
          onChange={(captionStyle) => choose('captionStyle', captionStyle)}
        />
        <Choice
          label={t('settings.publication.logo')}
          value={publication.logoPhotoId}
          options={logos}
          onChange={(logoPhotoId) => choose('logoPhotoId', logoPhotoId)}
        />
      </fieldset>
    </section>
  );
}
