import { useState, type ReactNode } from 'react';
import type { Photo } from '../../shared/api/photo';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { StyleHints } from './CaptionHints';

/** The distinct other values a field set on all would replace, and on how many photos. */
function replaced(photos: Photo[], field: 'credit' | 'copyright', next: string) {
  const others = photos.filter((photo) => photo[field].trim() !== '' && photo[field].trim() !== next.trim());
  return { n: others.length, values: [...new Set(others.map((photo) => photo[field].trim()))] };
}

/** One field set on all the selected photos, with what it replaces said as it appears (polite). */
function BulkField(props: {
  field: 'credit' | 'copyright';
  label: string;
  maxLength: number;
  value: string;
  onChange: (value: string) => void;
  replaces: string | null;
  children?: ReactNode;
}) {
  const id = `rx-bulk-${props.field}`;
  return (
    <div className="rx-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        maxLength={props.maxLength}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-describedby={props.replaces ? `${id}-replaces` : undefined}
      />
      <div aria-live="polite">
        {props.replaces && (
          <p id={`${id}-replaces`} className="rx-hint">
            {props.replaces}
          </p>
        )}
      </div>
      {props.children}
    </div>
  );
}

/**
 * Several photos selected: one credit and/or copyright set on all of them at once. Where that replaces
 * what some of them already say (an agency's credit), the form says so, naming what goes, before Apply.
 */
export function BulkEdit({
  photos,
  onSaved,
}: {
  photos: Photo[];
  /** Saved: the photos as stored, and what to tell the desk (the form may leave with them). */
  onSaved: (photos: Photo[], done: string) => void;
}) {
  const { t, say } = useI18n();
  const [credit, setCredit] = useState('');
  const [copyright, setCopyright] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const nothing = credit.trim() === '' && copyright.trim() === '';
  const ids = photos.map((photo) => photo.id);
  const replacing = (field: 'credit' | 'copyright', next: string): string | null => {
    if (next.trim() === '') return null;
    const { n, values } = replaced(photos, field, next);
    if (n === 0) return null;
    const shown = values
      .slice(0, 3)
      .map((value) => `“${value}”`)
      .join(', ');
    return t(field === 'credit' ? 'photos.bulk.replacesCredit' : 'photos.bulk.replacesCopyright', {
      n,
      values: values.length > 3 ? `${shown}, …` : shown,
    });
  };
  const creditReplaces = replacing('credit', credit);
  const copyrightReplaces = replacing('copyright', copyright);

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
      <BulkField
        field="credit"
        label={t('photos.bulk.credit')}
        maxLength={300}
        value={credit}
        onChange={setCredit}
        replaces={creditReplaces}
      >
        {credit && <StyleHints id="rx-bulk-credit-hints" kind="credit" caption="" credit={credit} />}
      </BulkField>
      <BulkField
        field="copyright"
        label={t('photos.bulk.copyright')}
        maxLength={500}
        value={copyright}
        onChange={setCopyright}
        replaces={copyrightReplaces}
      />
      <button type="submit" disabled={nothing}>
        {t('photos.bulk.apply', { n: ids.length })}
      </button>
      <p role="status">{message}</p>
    </form>
  );
}
