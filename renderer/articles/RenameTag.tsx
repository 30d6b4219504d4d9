import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import { hasVisibleText } from '../../shared/text/characters';
import { sameItem, tidyName } from '../../shared/text/lists';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';

/**
 * Rename tag, beside the article list's tag filter: the tag the list is filtered by gets a new name
 * on every article that has it. A name already used by another tag merges the two (the button says
 * Merge, and a note says what will happen). Escape or Cancel closes it; the list's own notice says
 * how many articles changed.
 */
export function RenameTag({
  tag,
  onRenamed,
}: {
  tag: string;
  onRenamed: (renamed: { from: string; to: string; articlesChanged: number }) => void;
}) {
  const { t, say } = useI18n();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(tag);
  /** Another tag already named so (its stored spelling), when there is one. */
  const [into, setInto] = useState<string | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const noteId = useId();
  const wanted = tidyName(name);
  const empty = !hasVisibleText(name);

  /** Closed from the form: the Rename tag button takes the focus back once it is there again. */
  const refocus = useRef(false);
  useEffect(() => {
    if (open) {
      field.current?.focus();
      field.current?.select();
    } else if (refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [open]);

  // Whether the name is another tag's, asked of the service: the filter lists only the most used.
  useEffect(() => {
    if (!open || wanted === '' || sameItem(wanted, tidyName(tag))) return;
    let current = true;
    void api('articles.tags', { prefix: wanted, limit: 20 }).then((found) => {
      if (current) setInto(found.ok ? (found.value.find((other) => sameItem(other, wanted)) ?? null) : null);
    });
    return () => {
      current = false;
    };
  }, [open, wanted, tag]);
  const merging = into !== null && sameItem(into, wanted) && !sameItem(wanted, tidyName(tag));

  const close = () => {
    setOpen(false);
    setName(tag);
    setError(null);
    setTried(false);
    refocus.current = true;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (empty || busy) return;
    setBusy(true);
    setError(null);
    const done = await api('articles.renameTag', { from: tag, to: name });
    if (done.ok) onRenamed({ from: tag, to: done.value.tag, articlesChanged: done.value.articlesChanged });
    else {
      setError(done.error);
      setBusy(false);
    }
  };

  if (!open)
    return (
      <button ref={button} type="button" className="rx-tag-rename-open" onClick={() => setOpen(true)}>
        {t('list.tag.rename')}
      </button>
    );
  return (
    <form
      className="rx-tag-rename"
      aria-label={t('list.tag.rename')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <label>
        <span>{t('list.tag.renameTo', { tag })}</span>
        <input
          ref={field}
          value={name}
          maxLength={120}
          aria-invalid={tried && empty ? true : undefined}
          aria-describedby={noteId}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <p id={noteId} className="rx-hint" aria-live="polite">
        {tried && empty ? t('list.tag.nameNeeded') : merging ? t('list.tag.mergeNote', { tag: into }) : ''}
      </p>
      {error && (
        <p className="rx-error" role="alert">
          {say(error)}
        </p>
      )}
      <div className="rx-tag-rename-actions">
        <button type="submit" className="rx-primary" aria-disabled={busy || undefined}>
          {merging ? t('list.tag.mergeDo') : t('list.tag.renameDo')}
        </button>
        <button type="button" onClick={close}>
          {t('list.tag.renameCancel')}
        </button>
      </div>
    </form>
  );
}
