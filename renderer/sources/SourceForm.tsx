import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  SOURCE_KINDS,
  SOURCE_FIELD_MAX,
  SOURCE_NAME_MAX,
  type Source,
  type SourceFields,
  type SourceKind,
} from '../../shared/api/source';
import { hasVisibleText, sameName } from '../../shared/text/characters';
import { hasCredentials, isSafeUrl, sourceAddress } from '../../shared/text/urls';
import { api } from '../api/client';
import { useI18n, type Translate } from '../i18n/I18n';

export const EMPTY_SOURCE: SourceFields = {
  kind: 'person',
  name: '',
  role: '',
  organisation: '',
  url: '',
  notes: '',
};

/**
 * One of a source's one-line fields; the name is not cut short: one too long is refused, saying how
 * long it is.
 */
function SourceTextField(props: {
  name: 'name' | 'role' | 'organisation' | 'url';
  label: string;
  value: string;
  onValue: (value: string) => void;
  invalid: boolean;
  autoFocus: boolean;
}) {
  return (
    <label className="rx-field">
      <span>{props.label}</span>
      <input
        name={`source-${props.name}`}
        value={props.value}
        maxLength={props.name === 'name' ? undefined : SOURCE_FIELD_MAX[props.name]}
        aria-invalid={props.invalid}
        autoFocus={props.autoFocus}
        onChange={(event) => props.onValue(event.target.value)}
      />
    </label>
  );
}

/** A source's notes. */
function NotesArea(props: { id: string; value: string; onValue: (value: string) => void }) {
  return (
    <textarea
      id={props.id}
      rows={3}
      maxLength={SOURCE_FIELD_MAX.notes}
      value={props.value}
      onChange={(event) => props.onValue(event.target.value)}
    />
  );
}

/** Why a name cannot be saved, in the user's words, or null (the service checks the same again). */
export function nameProblem(t: Translate, name: string): string | null {
  if (!hasVisibleText(name)) return t('source.nameNeeded');
  if (name.trim().length > SOURCE_NAME_MAX) return t('source.nameTooLong', { n: name.trim().length });
  return null;
}

export function KindSelect(props: { value: SourceKind; onChange: (kind: SourceKind) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="rx-field">
      <label htmlFor={id}>{t('source.field.kind')}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as SourceKind)}
      >
        {SOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`source.kind.${kind}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface SourceFormProps {
  initial: SourceFields;
  submitLabel: string;
  /** Only name, kind and role (the tag picker's quick form). */
  compact?: boolean;
  /** Saves; resolves to an error message to show, or null when saved. */
  onSubmit: (fields: SourceFields) => Promise<string | null>;
  onCancel?: () => void;
  /** Puts the focus in Name when the form appears (a new source: the button that opened it is gone or done). */
  focusName?: boolean;
  /** The source being edited: not counted as another one of the same name. */
  sourceId?: string;
  /**
   * Given what was typed and not saved as the form goes (another source or view opened, the page
   * closing: `closing`), so nothing typed is lost; not called when nothing changed.
   */
  onLeave?: (fields: SourceFields, closing: boolean) => void;
}

/** Another source in the registry with the name typed (case, accents and spacing aside), if any. */
function useNamesake(name: string, exceptId: string | undefined): Source | null {
  // What the registry said, and for which name: an answer for an older name is not shown.
  const [found, setFound] = useState<{ name: string; source: Source | null } | null>(null);
  const wanted = hasVisibleText(name);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void api('sources.list', { query: name.trim().slice(0, SOURCE_NAME_MAX), limit: 20 }).then((result) => {
        if (!current) return;
        const same = result.ok ? result.value.find((s) => s.id !== exceptId && sameName(s.name, name)) : null;
        setFound({ name, source: same ?? null });
      });
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [name, exceptId, wanted]);
  return wanted && found?.name === name ? found.source : null;
}

/** A source's fields. Whatever is typed is text: React escapes it, nothing is read as markup. */
export function SourceForm({
  initial,
  submitLabel,
  compact = false,
  onSubmit,
  onCancel,
  focusName = false,
  sourceId,
  onLeave,
}: SourceFormProps) {
  const { t } = useI18n();
  const [fields, setFields] = useState<SourceFields>(initial);
  const namesake = useNamesake(fields.name, sourceId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notesId = useId();
  const set = (patch: Partial<SourceFields>) => setFields((current) => ({ ...current, ...patch }));
  // The fields as typed and as last saved (or first shown), for the form's going.
  const typed = useRef(fields);
  const saved = useRef(initial);
  const leave = useRef(onLeave);
  useEffect(() => {
    typed.current = fields;
    leave.current = onLeave;
  });
  useEffect(() => {
    const unsaved = (closing: boolean) => {
      const now = typed.current;
      if ((Object.keys(now) as Array<keyof SourceFields>).some((key) => now[key] !== saved.current[key]))
        leave.current?.(now, closing);
      saved.current = now;
    };
    const onPageHide = () => unsaved(true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      unsaved(false);
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (busy) return;
    const problem = nameProblem(t, fields.name);
    if (problem) return setError(problem);
    setBusy(true);
    const sent = fields;
    const failed = await onSubmit({ ...fields, name: fields.name.trim() });
    setBusy(false);
    setError(failed);
    if (failed === null) saved.current = sent;
  };

  const text = (key: 'name' | 'role' | 'organisation' | 'url', label: string) => (
    <SourceTextField
      name={key}
      label={label}
      value={fields[key]}
      onValue={(value) => set({ [key]: value })}
      invalid={key === 'name' && error !== null}
      autoFocus={key === 'name' && focusName}
    />
  );
  const unsafeUrl = fields.url.trim() !== '' && !isSafeUrl(fields.url.trim());
  // Saved as typed, like any address, and left out of the export: the editor is told why now.
  const urlCredentials = hasCredentials(sourceAddress(fields.url));

  return (
    <form
      className="rx-source-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        // Ctrl/Cmd+S saves, as everywhere in the app (never the browser's "Save page as").
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
          event.preventDefault();
          event.stopPropagation();
          return void submit(event);
        }
        // Escape is Cancel, where the form has one.
        if (event.key !== 'Escape' || !onCancel) return;
        event.stopPropagation();
        onCancel();
      }}
    >
      {text('name', t('source.field.name'))}
      <p className="rx-hint" role="status">
        {namesake
          ? t('source.sameName', { name: namesake.name, kind: t(`source.kind.${namesake.kind}`) })
          : ''}
      </p>
      <KindSelect value={fields.kind} onChange={(kind) => set({ kind })} />
      {text('role', t('source.field.role'))}
      {!compact && text('organisation', t('source.field.organisation'))}
      {!compact && text('url', t('source.field.url'))}
      {!compact && unsafeUrl && <p className="rx-field-error">{t('source.urlUnsafe')}</p>}
      {!compact && urlCredentials && <p className="rx-field-error">{t('source.urlCredentials')}</p>}
      {!compact && (
        <div className="rx-field">
          <label htmlFor={notesId}>{t('source.field.notes')}</label>
          <NotesArea id={notesId} value={fields.notes} onValue={(notes) => set({ notes })} />
        </div>
      )}
      {error && (
        <p className="rx-field-error" role="alert">
          {error}
        </p>
      )}
      <div className="rx-source-actions">
        {/* aria-disabled while it saves: a disabled button would drop the focus out of the form, and
            Escape with it. */}
        <button type="submit" className="rx-primary" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="rx-secondary" onClick={onCancel}>
            {t('source.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
