import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { ARTICLE_LIMITS, ARTICLE_STATUSES, type ArticleFields } from '../../shared/api/article';
import { slugFollows, slugify } from '../../shared/text/slug';
import { useI18n } from '../i18n/I18n';
import { commaItems, commaList, pasteLinesAsItems } from './commaList';
import { ListLimitNote } from './ListLimitNote';
import { TagsField } from './TagsField';
import { PlainText } from '../app/PlainText';
import { usePublication } from '../app/Publication';
import { useEditedField } from '../app/useEditedField';
import { useRespelledField } from '../app/useRespelledField';

const WRITER_LIMITS = { item: ARTICLE_LIMITS.name, count: ARTICLE_LIMITS.writers };

/**
 * A comma-separated list field that keeps what the user typed (trailing comma and all) while editing.
 * Left, it is tidied but never cut: a name too long stays whole, and the note under it says what the save keeps.
 */
function ListField(props: {
  label: string;
  hint: string;
  value: string[];
  onChange: (value: string[]) => void;
  name: string;
}) {
  const [text, setText] = useState(props.value.join(', '));
  const typed = (next: string) => {
    setText(next);
    props.onChange(commaList(next, WRITER_LIMITS));
  };
  const inputId = useId();
  const hintId = useId();
  const noteId = useId();
  // The hint beside the label, not in it: inside, it became part of the field's name ("Writers
  // Separate names with commas") and was read twice with aria-describedby.
  return (
    <div className="rx-field">
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        name={props.name}
        dir="auto"
        value={text}
        aria-describedby={`${hintId} ${noteId}`}
        onChange={(event) => typed(event.target.value)}
        onPaste={pasteLinesAsItems}
        onBlur={() => setText(commaItems(text).join(', '))}
      />
      <small id={hintId}>{props.hint}</small>
      <ListLimitNote id={noteId} text={text} kind="writers" limits={WRITER_LIMITS} />
    </div>
  );
}

/** A moment as the desk reads it, in the interface language and the computer's time zone. */
const MOMENT = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }),
};
const formatMoment = (iso: string, language: 'en' | 'id'): string => MOMENT[language].format(new Date(iso));

const SLUG_PREVIEW_PAUSE_MS = 400;

/**
 * `value`, once it has stayed the same for `ms` (the first value at once), and a way to catch up now
 * (the same function at every render: a memoised field can take it).
 */
function usePaused<T>(value: T, ms: number): [T, () => void] {
  const [paused, setPaused] = useState(value);
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  }, [value]);
  useEffect(() => {
    const timer = window.setTimeout(() => setPaused(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  const [catchUp] = useState(() => () => setPaused(latest.current));
  return [paused, catchUp];
}

/**
 * The slug the next save will store: the saved one while it still follows the headline (maybe with
 * -2, maybe made in the other language), else the new one.
 */
function previewSlug(fields: ArticleFields, language: 'en' | 'id'): string {
  const base = slugify(fields.headline, language);
  if (!base) return fields.slug;
  return slugFollows(fields.slug, fields.headline) ? fields.slug : base;
}

export interface MetadataFormProps {
  /** The article's id: its own tags are not suggested back to it. */
  articleId: string;
  fields: ArticleFields;
  /** When the article was first published, or null. */
  publishedAt?: string | null;
  rubrics: string[];
  slugLanguage: 'en' | 'id';
  onChange: (patch: Partial<ArticleFields>) => void;
}

/** Rubric, headline, lead, writers, editor, dateline, tags, slug and status of one article. */
export function MetadataForm({
  articleId,
  fields,
  publishedAt,
  rubrics,
  slugLanguage,
  onChange,
}: MetadataFormProps) {
  const { t, language } = useI18n();
  // The article's own words are in the publication's language (read aloud and spell-checked as such).
  const { datelinePrefix, language: articleLanguage } = usePublication();
  const rubricListId = useId();
  // The desk's spelling of the rubric arrives after a save, maybe while the caret is inside it.
  const rubricField = useRespelledField(fields.rubric, (rubric) => onChange({ rubric }));
  const headlineId = useId();
  const leadId = useId();
  const statusId = useId();
  // Published, the slug stays what it was (the page's address) unless edited by hand. The preview
  // follows the headline after a pause in typing, not under each key press. Leaving the headline (and
  // entering the slug field) catches up at once: a preview landing after Ctrl+A in the slug would
  // take the selection away, and Ctrl+V would then add to the old slug instead of replacing it.
  const [headline, catchUpHeadline] = usePaused(fields.headline, SLUG_PREVIEW_PAUSE_MS);
  const shownSlug =
    fields.slugManual || publishedAt ? fields.slug : previewSlug({ ...fields, headline }, slugLanguage);
  // While the slug is typed in, the store's tidied form ("rob-belawan-" saved as "rob-belawan") waits
  // for the field to be left: replacing it under the caret would eat the hyphen just typed.
  const [slugDraft, setSlugDraft] = useState<string | null>(null);
  const slugId = useId();
  const slugWarningId = useId();
  // The address the article was published at (as opened, or as the save that published it left it):
  // changing it breaks every link to the page already out there, so the field says so.
  const [publishedSlug, setPublishedSlug] = useState(publishedAt ? fields.slug : null);
  // Set while rendering (React's way to adjust state to a prop), not in an effect rendering twice.
  if (publishedAt && publishedSlug === null) setPublishedSlug(fields.slug);
  const slugShown = slugDraft ?? shownSlug;
  // What the field showed the last time the slug followed the headline (the store's form, "-2" and all).
  const followedSlug = useRef<string | null>(null);
  useEffect(() => {
    if (!fields.slugManual && !publishedAt) followedSlug.current = shownSlug;
  });
  // What Use headline puts in the focused slug is an edit Ctrl+Z takes back. The slug catches up with
  // the headline as the headline is left, before the focus reaches the slug: that is where the slug's
  // undo starts (undone, the stale preview was stored as a slug set by hand).
  const slugField = useEditedField(slugShown, (slug, inputType) => {
    setSlugDraft(slug);
    // Emptied, the slug follows the headline again: a hand-set empty slug was saved as
    // "tanpa-judul" and stayed that, whatever the headline became.
    if (slug.trim() === '') return onChange({ slug: '', slugManual: false });
    // Undo or redo bringing back the headline's own slug (what Use headline, the headline or the
    // store's "-2" put there) brings back a slug that follows the headline, not one set by hand.
    const fromHeadline =
      !publishedAt &&
      (inputType === 'historyUndo' || inputType === 'historyRedo') &&
      (slug === followedSlug.current || slugFollows(slug, fields.headline));
    onChange(fromHeadline ? { slugManual: false } : { slug, slugManual: true });
  });
  return (
    <div className="rx-metadata">
      <div className="rx-row">
        <label className="rx-field rx-grow">
          <span>{t('field.rubric')}</span>
          <input
            name="rubric"
            dir="auto"
            maxLength={ARTICLE_LIMITS.rubric}
            list={rubricListId}
            {...rubricField}
          />
          <datalist id={rubricListId}>
            {rubrics.map((rubric) => (
              <option key={rubric} value={rubric} />
            ))}
          </datalist>
        </label>
        <div className="rx-field">
          <label htmlFor={statusId}>{t('field.status')}</label>
          <select
            id={statusId}
            name="status"
            value={fields.status}
            onChange={(e) => onChange({ status: e.target.value as ArticleFields['status'] })}
          >
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
          {publishedAt && (
            <small>
              <time dateTime={publishedAt}>
                {t('field.publishedAt', { date: formatMoment(publishedAt, language) })}
              </time>
            </small>
          )}
        </div>
      </div>
      {/* Textareas sit beside their label, not inside it: their text must not become part of the label. */}
      <div className="rx-field rx-headline">
        <label htmlFor={headlineId}>{t('field.headline')}</label>
        {/* PlainText: Ctrl+Z undoes this field's last burst of typing (see PlainText). */}
        <PlainText
          id={headlineId}
          name="headline"
          lang={articleLanguage}
          maxLength={ARTICLE_LIMITS.headline}
          rows={2}
          value={fields.headline}
          // One line: Enter adds nothing, and a pasted line break becomes one space.
          singleLine
          onValue={(headline) => onChange({ headline })}
          onBlur={catchUpHeadline}
        />
      </div>
      <div className="rx-field">
        <label htmlFor={leadId}>{t('field.lead')}</label>
        <PlainText
          id={leadId}
          name="lead"
          lang={articleLanguage}
          maxLength={ARTICLE_LIMITS.lead}
          rows={2}
          value={fields.lead}
          onValue={(lead) => onChange({ lead })}
        />
      </div>
      <div className="rx-row">
        <ListField
          name="writers"
          label={t('field.writers')}
          hint={t('field.writers.hint')}
          value={fields.writers}
          onChange={(writers) => onChange({ writers })}
        />
        <label className="rx-field">
          <span>{t('field.editor')}</span>
          <input
            name="editor"
            dir="auto"
            maxLength={ARTICLE_LIMITS.name}
            value={fields.editor}
            onChange={(e) => onChange({ editor: e.target.value })}
          />
        </label>
      </div>
      <div className="rx-row">
        <label className="rx-field">
          <span>{t('field.dateline')}</span>
          <input
            name="dateline"
            maxLength={ARTICLE_LIMITS.datelinePart}
            value={fields.dateline.prefix}
            // An example, never what looks like a value: an empty prefix is exported as none.
            placeholder={
              datelinePrefix.trim()
                ? t('field.dateline.exampleOf', { prefix: datelinePrefix.trim() })
                : t('field.dateline.example')
            }
            onChange={(e) => onChange({ dateline: { ...fields.dateline, prefix: e.target.value } })}
          />
        </label>
        <label className="rx-field">
          <span>{t('field.datelinePlace')}</span>
          <input
            name="dateline-place"
            dir="auto"
            maxLength={ARTICLE_LIMITS.datelinePart}
            value={fields.dateline.place}
            onChange={(e) => onChange({ dateline: { ...fields.dateline, place: e.target.value } })}
          />
        </label>
      </div>
      <TagsField articleId={articleId} value={fields.tags} onChange={(tags) => onChange({ tags })} />
      <div className="rx-row rx-slug">
        <div className="rx-field rx-grow">
          <label htmlFor={slugId}>{t('field.slug')}</label>
          <input
            id={slugId}
            name="slug"
            maxLength={ARTICLE_LIMITS.slug}
            aria-describedby={slugWarningId}
            spellCheck={false}
            onFocus={catchUpHeadline}
            onBlur={() => setSlugDraft(null)}
            {...slugField}
          />
          <small id={slugWarningId} role="status" className="rx-field-warning">
            {publishedSlug !== null && slugShown.trim() !== publishedSlug
              ? t('field.slug.published', { slug: publishedSlug })
              : ''}
          </small>
        </div>
        {/* Published, the address stays as it is: there is no headline to go back to. */}
        {fields.slugManual && !publishedAt && (
          <button
            type="button"
            className="rx-secondary"
            onClick={() => {
              onChange({ slugManual: false });
              slugField.ref.current?.focus();
            }}
          >
            {t('field.slug.fromHeadline')}
          </button>
        )}
      </div>
    </div>
  );
}
