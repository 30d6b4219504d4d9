import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ARTICLE_LIMITS } from '../../shared/api/article';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { TagRenamed } from '../../shared/api/source';
import { hasVisibleText } from '../../shared/text/characters';
import { tidyName } from '../../shared/text/lists';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';

export interface TagRenameDone {
  from: string;
  to: string;
  merged: boolean;
  articlesChanged: number;
}

/**
 * Rename tag, beside the article list's tag filter: the tag the list is filtered by gets a new name
 * on every article that has it. The service previews each name typed: one another tag already has
 * merges the two (which cannot be undone), so the button says Merge and a note says what will
 * happen — a merge found only on pressing Enter is shown first, and needs a second press. Escape or
 * Cancel closes it; the list's notice says how many articles changed.
 */
export function RenameTag({ tag, onRenamed }: { tag: string; onRenamed: (done: TagRenameDone) => void }) {
  const { t, say } = useI18n();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(tag);
  /** What the service said the name typed would do, for that name. */
  const [preview, setPreview] = useState<(TagRenamed & { for: string }) | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const noteId = useId();
  const wanted = tidyName(name);
  const problem = !hasVisibleText(name)
    ? t('list.tag.nameNeeded')
    : name.includes(',')
      ? t('list.tag.noComma')
      : null;
  const merging = preview !== null && preview.for === wanted && preview.merged;

  /** Closed from the form: the Rename tag button takes the focus back once it is there again. */
  const refocus = useRef(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  useEffect(() => {
    if (open) {
      field.current?.focus();
      field.current?.select();
    } else if (refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [open]);

  const ask = useCallback((to: string) => api('articles.renameTag', { from: tag, to, preview: true }), [tag]);
  // Each name typed is previewed, the answer kept only while it is still the name typed.
  useEffect(() => {
    if (!open || problem !== null || wanted === tag) return;
    let current = true;
    void ask(wanted).then((said) => {
      if (current && said.ok) setPreview({ ...said.value, for: wanted });
    });
    return () => {
      current = false;
    };
  }, [open, wanted, tag, problem, ask]);

  const close = () => {
    setOpen(false);
    setName(tag);
    setError(null);
    setTried(false);
    setPreview(null);
    refocus.current = true;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem !== null || busy) return;
    if (wanted === tag) return close();
    setBusy(true);
    setError(null);
    // A merge the note has not shown yet is shown first: it cannot be undone.
    if (!merging) {
      const said = await ask(wanted);
      if (!alive.current) return;
      if (!said.ok) {
        setError(said.error);
        setBusy(false);
        return;
      }
      if (said.value.merged) {
        setPreview({ ...said.value, for: wanted });
        setBusy(false);
        return;
      }
    }
    const done = await api('articles.renameTag', { from: tag, to: wanted });
    if (!alive.current) return;
    setBusy(false);
    if (!done.ok) return setError(done.error);
    setOpen(false);
    onRenamed({
      from: tag,
      to: done.value.tag,
      merged: done.value.merged,
      articlesChanged: done.value.articlesChanged,
    });
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
          maxLength={ARTICLE_LIMITS.tag}
          aria-invalid={tried && problem !== null ? true : undefined}
          aria-describedby={noteId}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <p id={noteId} className="rx-hint" aria-live="polite">
        {tried && problem !== null
          ? problem
          : merging
            ? t('list.tag.mergeNote', { from: tag, tag: preview.tag })
            : ''}
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
