import { useEffect, useId, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { Source, SourceFields, SourceUsage } from '../../shared/api/source';
import { api, callWhileLeaving } from '../api/client';
import { focusIsLost } from '../app/focusLost';
import { InPlaceConfirm } from '../app/InPlaceConfirm';
import { useI18n } from '../i18n/I18n';
import { DeleteSource } from './DeleteSource';
import { nameProblem, SourceForm } from './SourceForm';
import { headlineShown } from '../articles/headlineShown';

const fieldsOf = (source: Source): SourceFields => ({
  kind: source.kind,
  name: source.name,
  role: source.role,
  organisation: source.organisation,
  url: source.url,
  notes: source.notes,
});

/** Merge a duplicate into the source shown: pick it, confirm, and its uses follow. */
function MergeDuplicate({ keep, onMerged }: { keep: Source; onMerged: (said: string) => void }) {
  const { t, say } = useI18n();
  const pickId = useId();
  const [others, setOthers] = useState<Source[]>([]);
  const [duplicateId, setDuplicateId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  // Yes pressed twice (Enter by habit) merges once.
  const merging = useRef(false);

  useEffect(() => {
    void api('sources.list', { limit: 1_000 }).then(
      (result) => result.ok && setOthers(result.value.filter((source) => source.id !== keep.id)),
    );
  }, [keep.id]);

  const duplicate = others.find((source) => source.id === duplicateId);
  const merge = async () => {
    if (merging.current) return;
    merging.current = true;
    const result = await api('sources.merge', { keepId: keep.id, duplicateId });
    merging.current = false;
    setConfirming(false);
    if (!result.ok) {
      // The question is gone with the focus it had: back to Merge, the refusal said under it.
      setError(say(result.error));
      return mergeButton.current?.focus();
    }
    setOthers((current) => current.filter((source) => source.id !== duplicateId));
    setDuplicateId('');
    // A role that could not stay is named: the merge never takes a use away unsaid.
    const dropped = result.value.droppedRoles.map((role) =>
      t('source.merge.roleDropped', {
        headline: headlineShown(role.headline, t),
        kept: t(`articleSources.roleName.${role.kept}`),
        dropped: t(`articleSources.roleName.${role.dropped}`),
      }),
    );
    onMerged(
      [
        t('source.merge.done', {
          duplicate: duplicate?.name ?? '',
          keep: keep.name,
          n: result.value.articlesChanged,
        }),
        ...dropped,
      ].join(' '),
    );
  };

  return (
    <section className="rx-source-merge" aria-label={t('source.merge.title')}>
      <h3>{t('source.merge.title')}</h3>
      <p className="rx-hint">{t('source.merge.hint')}</p>
      <div className="rx-row">
        <div className="rx-field rx-grow">
          <label htmlFor={pickId}>{t('source.merge.pick')}</label>
          <select
            id={pickId}
            value={duplicateId}
            onChange={(event) => (setDuplicateId(event.target.value), setConfirming(false), setError(null))}
          >
            <option value="">{t('source.merge.choose')}</option>
            {others.map((source) => (
              <option key={source.id} value={source.id}>
                {source.name}
              </option>
            ))}
          </select>
        </div>
        <button
          ref={mergeButton}
          type="button"
          className="rx-secondary"
          disabled={!duplicate}
          onClick={() => setConfirming(true)}
        >
          {t('source.merge.run')}
        </button>
      </div>
      {confirming && duplicate && (
        <InPlaceConfirm
          label={t('source.merge.title')}
          question={t('source.merge.confirm', { duplicate: duplicate.name, keep: keep.name })}
          yes={t('source.merge.yes')}
          keep={t('source.cancel')}
          onYes={() => void merge()}
          onKeep={() => (setConfirming(false), mergeButton.current?.focus())}
        />
      )}
      {error && (
        <p className="rx-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** One source: its fields to edit, the articles that use it, merging a duplicate into it, deleting it. */
export function SourceDetail({
  id,
  version,
  onChanged,
  onMerged,
  onDeleted,
  onOpenArticle,
  onLeaveFailed,
  arrived,
}: {
  id: string;
  /** The source the Sources view was opened on (by a link from elsewhere), not one picked in it. */
  arrived: boolean;
  version: number;
  onChanged: () => void;
  onMerged: (id: string) => void;
  onDeleted: (name: string) => void;
  onOpenArticle: (id: string) => void;
  /** Says what was typed and could not be saved as the form went (the form is gone by then). */
  onLeaveFailed: (said: string) => void;
}) {
  const { t, say } = useI18n();
  const [usage, setUsage] = useState<SourceUsage | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  /** Said under the form: the source saved, or a duplicate merged into it. */
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void api('sources.usage', { id }).then((result) => {
      if (!current) return;
      setUsage(result.ok ? result.value : null);
      setError(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [id, version]);

  // Reached by a link (Sources in this article, a source's tag): the view it was followed from went
  // with the focus, and the source's name takes it, as a page's heading does.
  const loaded = usage !== null;
  useEffect(() => {
    if (loaded && arrived && focusIsLost()) heading.current?.focus();
  }, [loaded, arrived]);

  const detail = useRef<HTMLElement>(null);
  const refocus = useRef<string | null>(null);
  const savedAt = usage?.source.updatedAt;
  useEffect(() => {
    if (!refocus.current || !savedAt) return;
    detail.current?.querySelector<HTMLElement>(refocus.current)?.focus();
    refocus.current = null;
  }, [savedAt]);

  /**
   * Only the fields changed in this form are sent: a tab opened earlier never puts its older values
   * back over what another tab saved meanwhile (the form then shows the source as stored).
   */
  const changedFields = (fields: SourceFields, shown: SourceFields) =>
    Object.fromEntries(
      Object.entries(fields).filter(([field, value]) => value !== shown[field as keyof SourceFields]),
    );
  const save = async (fields: SourceFields, shown: SourceFields) => {
    const result = await api('sources.update', { id, ...changedFields(fields, shown) });
    if (!result.ok) return say(result.error);
    setSaid(t('source.saved'));
    onChanged();
    return null;
  };

  if (error)
    return (
      <p className="rx-error" role="alert">
        {say(error)}
      </p>
    );
  if (!usage) return null;
  const { source, articles } = usage;
  const shown = fieldsOf(source);
  return (
    <section ref={detail} className="rx-source-detail" aria-label={source.name}>
      <h2 ref={heading} tabIndex={-1}>
        {source.name}
      </h2>
      <SourceForm
        key={`${source.id}:${source.updatedAt}`}
        sourceId={source.id}
        initial={shown}
        submitLabel={t('source.save')}
        onSubmit={async (fields) => {
          setSaid('');
          // The form is made anew with the saved source: the field (or button) in use gets the focus back.
          const active = document.activeElement;
          refocus.current =
            (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.name
              ? `[name="${CSS.escape(active.name)}"]`
              : 'button[type="submit"]';
          return save(fields, shown);
        }}
        // Typed and not saved as the form goes (another source or view, the page closing): saved
        // then, unless the name cannot be (the form, gone, could not say why).
        onLeave={(fields, closing) => {
          if (nameProblem(t, fields.name)) return;
          const changes = { id, ...changedFields({ ...fields, name: fields.name.trim() }, shown) };
          if (closing) callWhileLeaving('sources.update', changes);
          else
            void api('sources.update', changes).then((result) => {
              if (result.ok) return onChanged();
              // Deleted meanwhile (its Delete is what took the form away): nothing left to save into.
              if (result.error.code !== 'NOT_FOUND')
                onLeaveFailed(t('source.leaveFailed', { name: source.name, reason: say(result.error) }));
            });
        }}
      />
      <p role="status" className="rx-ok">
        {said}
      </p>
      <section aria-label={t('source.usage')}>
        <h3>{t('source.usage')}</h3>
        {articles.length === 0 && <p className="rx-empty">{t('source.usage.none')}</p>}
        <ul className="rx-source-uses">
          {articles.map((article) => (
            <li key={article.id}>
              <a
                href={`#/article/${article.id}`}
                onClick={(event) => (event.preventDefault(), onOpenArticle(article.id))}
              >
                {headlineShown(article.headline, t)}
              </a>{' '}
              <span className="rx-row-meta">
                {article.roles.map((role) => t(`source.role.${role}`)).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <MergeDuplicate
        keep={source}
        onMerged={(merged) => {
          // The confirmation that had the focus is gone: the source kept takes it, saying what was merged.
          setSaid(merged);
          heading.current?.focus();
          onMerged(source.id);
        }}
      />
      <DeleteSource key={source.id} source={source} uses={articles.length} onDeleted={onDeleted} />
    </section>
  );
}
