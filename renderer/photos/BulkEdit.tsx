import { useState } from 'react';
import type { Photo } from '../../shared/api/photo';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { StyleHints } from './CaptionHints';

/** Several photos selected: one credit and/or copyright set on all of them at once. */
export function BulkEdit({
  ids,
  onSaved,
}: {
  ids: string[];
  /** Saved: the photos as stored, and what to tell the desk (the form may leave with them). */
  onSaved: (photos: Photo[], done: string) => void;
}) {
  const { t, say } = useI18n();
  const [credit, setCredit] = useState('');
  const [copyright, setCopyright] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const nothing = credit.trim() === '' && copyright.trim() === '';

  const apply = async () => {
    const result = await api('photos.updateMany', {
      ids,
      ...(credit.trim() ? { credit } : {}),
      ...(copyright.trim() ? { copyright } : {}),
    });
    if (!result.ok) return setMessage(say(result.error));
    onSaved(result.value, t('photos.bulk.done', { n: result.value.length }));
  };

  return (
    <form
      className="rx-photo-bulk"
      aria-label={t('photos.bulk.title', { n: ids.length })}
      onSubmit={(event) => {
        event.preventDefault();
        if (!nothing) void apply();
      }}
    >
      <h3>{t('photos.bulk.title', { n: ids.length })}</h3>
      <div className="rx-field">
        <label htmlFor="rx-bulk-credit">{t('photos.bulk.credit')}</label>
        <input
          id="rx-bulk-credit"
          type="text"
          maxLength={300}
          value={credit}
          onChange={(e) => setCredit(e.target.value)}
        />
        {credit && <StyleHints id="rx-bulk-credit-hints" kind="credit" caption="" credit={credit} />}
      </div>
      <div className="rx-field">
        <label htmlFor="rx-bulk-copyright">{t('photos.bulk.copyright')}</label>
        <input
          id="rx-bulk-copyright"
          type="text"
          maxLength={500}
          value={copyright}
          onChange={(e) => setCopyright(e.target.value)}
        />
      </div>
      <button type="submit" disabled={nothing}>
        {t('photos.bulk.apply', { n: ids.length })}
      </button>
      <p role="status">{message}</p>
    </form>
  );
}
