import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { StatusNotice } from '../app/StatusNotice';
import { onChangeElsewhere } from '../api/changesElsewhere';
import { anyUnsaved } from './pendingSaves';
import { useBackInView } from '../app/useBackInView';
import { useFieldDraft } from '../photos/useFieldDraft';
import { registerLanding } from './pendingSaves';
import type { ApiErrorShape } from '../../shared/api/errors';
import {
  QUOTED_FROM_MAX,
  SOURCE_QUERY_LIMIT,
  SOURCE_ROLES,
  type ArticleSourcesSaved,
  type ArticleSourcing,
  type SourceRole,
} from '../../shared/api/source';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import type { ArticleDraft } from './ArticleDraft';
import { useSaveState } from './useSaveState';
import { deletedElsewhere } from './deletedElsewhere';
import { SOURCES_LISTED, useSourceList } from '../sources/useSourceList';

type HandEntry = { sourceId: string; role: SourceRole };

/** The name of a source the article lists. */
const nameOf = (sourcing: ArticleSourcing, sourceId: string): string | undefined =>
  sourcing.entries.find((entry) => entry.source.id === sourceId)?.source.name;

/** Whether the service refused because the source `sourceId` is no longer in the registry. */
const sourceGone = (error: ApiErrorShape, sourceId: string): boolean =>
  error.code === 'NOT_FOUND' &&
  typeof error.details === 'object' &&
  error.details !== null &&
  'sourceId' in error.details &&
  error.details.sourceId === sourceId;

const handEntries = (sourcing: ArticleSourcing): HandEntry[] =>
  sourcing.entries
    .filter((entry) => entry.byHand)
    .map((entry) => ({ sourceId: entry.source.id, role: entry.role }));

/**
 * Add a source by hand: pick it from the registry (narrowed by a search, for a registry longer than
 * the list shows) and say what it did for the article. A source already added by hand is not added
 * twice: the button changes its role instead, and says so.
 */
function AddSource({
  hand,
  onAdd,
  pickerRef,
  registryChanges,
}: {
  hand: HandEntry[];
  onAdd: (entry: HandEntry, name: string) => void;
  pickerRef: RefObject<HTMLSelectElement | null>;
  /** Counts the registry changes this panel learned of (a source found gone): the list is read again. */
  registryChanges: number;
}) {
  const { t } = useI18n();
  const sourceId = useId();
  const roleId = useId();
  const searchId = useId();
  const moreId = useId();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState('');
  // Cited by default: syndication changes the published credit line, so it is chosen, never assumed.
  const [role, setRole] = useState<SourceRole>('cited');
  // Read again whenever the list is opened: a source may have been created from the tag picker since.
  const [reads, setReads] = useState(0);
  // And back in this window: another may have deleted or merged a source it offers.
  useBackInView(useCallback(() => setReads((n) => n + 1), []));
  const listed = useSourceList({ query, limit: SOURCES_LISTED, version: reads + registryChanges });
  const [sources, more] = [listed.sources ?? [], listed.more];
  const added = hand.find((entry) => entry.sourceId === picked);
  const alreadyId = useId();
  return (
    <div className="rx-row rx-add-source" role="group" aria-label={t('articleSources.add')}>
      <div className="rx-field">
        <label htmlFor={searchId}>{t('articleSources.search')}</label>
        <input
          id={searchId}
          type="search"
          maxLength={SOURCE_QUERY_LIMIT}
          value={query}
          aria-describedby={more ? moreId : undefined}
          onChange={(event) => (setQuery(event.target.value), setPicked(''))}
        />
        {more && (
          <p id={moreId} className="rx-hint">
            {t('articleSources.more', { n: SOURCES_LISTED })}
          </p>
        )}
      </div>
      <div className="rx-field rx-grow">
        <label htmlFor={sourceId}>{t('articleSources.find')}</label>
        <select
          ref={pickerRef}
          id={sourceId}
          value={picked}
          // A disabled button is not reached with Tab: the picker says why it is off.
          aria-describedby={added ? alreadyId : undefined}
          onFocus={() => setReads((n) => n + 1)}
          onChange={(event) => setPicked(event.target.value)}
        >
          <option value="">{t('articleSources.add')}…</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
        </select>
      </div>
      <div className="rx-field">
        <label htmlFor={roleId}>{t('articleSources.role')}</label>
        <select id={roleId} value={role} onChange={(event) => setRole(event.target.value as SourceRole)}>
          {SOURCE_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`source.role.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="rx-secondary"
        disabled={!picked || added?.role === role}
        aria-describedby={added ? alreadyId : undefined}
        // The button is off until the next pick: the focus goes back to the picker, not the page.
        onClick={() => (
          onAdd({ sourceId: picked, role }, sources.find((source) => source.id === picked)?.name ?? ''),
          setPicked(''),
          pickerRef.current?.focus()
        )}
      >
        {added ? t('articleSources.changeRole') : t('articleSources.addButton')}
      </button>
      {added && (
        <p id={alreadyId} className="rx-hint">
          {t('articleSources.already', { role: t(`articleSources.roleName.${added.role}`) })}
        </p>
      )}
    </div>
  );
}

/** The "Dikutip dari …" line, rewritten by hand or left to the generated one (its placeholder). */
function QuotedFromField({ line, generated }: { line: ReturnType<typeof useFieldDraft>; generated: string }) {
  const { t } = useI18n();
  const id = useId();
  const hintId = useId();
  return (
    <div className="rx-field">
      <label htmlFor={id}>{t('articleSources.quotedFrom')}</label>
      <input
        id={id}
        aria-describedby={hintId}
        maxLength={QUOTED_FROM_MAX}
        value={line.draft}
        placeholder={generated}
        onChange={(event) => line.change(event.target.value)}
        onBlur={line.flush}
      />
      <small id={hintId}>{t('articleSources.quotedFrom.hint')}</small>
    </div>
  );
}

/**
 * The article's sources: those tagged in the body (refreshed after each save), those added by hand,
 * the origin, the "Dikutip dari …" line (generated unless rewritten) and who the photos come from.
 */
export function ArticleSources({ articleId, draft }: { articleId: string; draft: ArticleDraft }) {
  const saveState = useSaveState(draft);
  const { t, say } = useI18n();
  const [sourcing, setSourcing] = useState<ArticleSourcing | null>(null);
  // What the service refused, or what this panel says of it (a source added that is gone).
  const [error, setError] = useState<ApiErrorShape | string | null>(null);
  const [registryChanges, setRegistryChanges] = useState(0);
  // What the last change by hand did, said once it is stored.
  const [notice, setNotice] = useState('');
  const picker = useRef<HTMLSelectElement>(null);

  const load = useCallback(() => {
    void api('articles.sources', { id: articleId }).then((result) => {
      if (!result.ok) return setError(result.error);
      setSourcing(result.value);
      setError(null);
    });
  }, [articleId]);
  useEffect(() => {
    if (saveState.kind === 'saved') load();
  }, [saveState.kind, load]);
  // Another window may have added, removed or re-roled a source, or rewritten the line, meanwhile:
  // read again back in view, and when another window says it changed an article.
  useBackInView(load);
  // (Not over a line being typed here: its save meets the other window's line itself.)
  useEffect(() => onChangeElsewhere(articleId, () => !anyUnsaved() && load()), [articleId, load]);

  // Only what this window changed is sent: another window's additions meanwhile are kept.
  const update = useCallback(
    (
      change: { byHand: HandEntry[]; basedOn: HandEntry[] } | { quotedFrom: string },
      done?: (stored: ArticleSourcesSaved) => string,
      refused?: (error: ApiErrorShape) => string | null,
    ) => {
      setNotice('');
      const saved = api('articles.setSources', { id: articleId, ...change }).then((result) => {
        if (!result.ok) return setError(refused?.(result.error) ?? result.error);
        setSourcing(result.value);
        setError(null);
        setNotice(done?.(result.value) ?? '');
      });
      // Leaving the article or closing the window waits for it (pendingSaves).
      const release = registerLanding(() => saved);
      void saved.finally(release);
    },
    [articleId],
  );
  // The line is saved after a pause in typing, on Ctrl/Cmd+S, on leaving the field and on leaving.
  const line = useFieldDraft(sourcing?.quotedFrom ?? '', (quotedFrom) => update({ quotedFrom }));
  // Kept by the draft, so Save as new (the article deleted elsewhere) carries what this panel shows.
  useEffect(() => {
    if (sourcing) draft.sourcesShown({ byHand: handEntries(sourcing), quotedFrom: line.draft });
  }, [draft, sourcing, line.draft]);

  if (!sourcing) return null;
  const hand = handEntries(sourcing);
  const syndicated = sourcing.entries
    .filter((entry) => entry.role === 'syndicated')
    .map((entry) => entry.source.name);
  return (
    <section className="rx-article-sources" aria-label={t('articleSources.title')}>
      <h2>{t('articleSources.title')}</h2>
      {error && (
        <p className="rx-error" role="alert">
          {/* Gone in another window: the status line's Save as new article is the way on, said here too. */}
          {typeof error === 'string'
            ? error
            : deletedElsewhere(error, articleId)
              ? t('save.deletedElsewhere')
              : say(error)}
        </p>
      )}
      <StatusNotice className="rx-ok" text={notice} />
      {sourcing.entries.length === 0 && <p className="rx-empty">{t('articleSources.empty')}</p>}
      <ul className="rx-source-entries">
        {sourcing.entries.map((entry) => (
          <li key={`${entry.source.id}:${entry.byHand ? 'hand' : 'tag'}`}>
            <a href={`#/sources/${entry.source.id}`}>{entry.source.name}</a>{' '}
            <span className="rx-row-meta">
              {t(`source.role.${entry.role}`)} ·{' '}
              {entry.byHand ? t('articleSources.byHand') : t('articleSources.tagged', { n: entry.tags })}
            </span>
            {entry.byHand && (
              <button
                type="button"
                className="rx-secondary"
                aria-label={t('articleSources.remove', { name: entry.source.name })}
                onClick={() => {
                  update(
                    { byHand: hand.filter((other) => other.sourceId !== entry.source.id), basedOn: hand },
                    () => t('articleSources.removed', { name: entry.source.name }),
                  );
                  // Its row goes: the focus waits in the picker, where the next source is added.
                  picker.current?.focus();
                }}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <AddSource
        hand={hand}
        pickerRef={picker}
        registryChanges={registryChanges}
        onAdd={(entry, listedAs) => {
          const before = hand.find((other) => other.sourceId === entry.sourceId);
          const role = t(`articleSources.roleName.${entry.role}`);
          update(
            { byHand: [...hand.filter((other) => other.sourceId !== entry.sourceId), entry], basedOn: hand },
            (stored) => {
              const name = nameOf(stored, entry.sourceId) ?? '';
              // Another window removed it while this one showed it: it is back, and that is what is said.
              if (stored.addedBack.includes(entry.sourceId))
                return t('articleSources.addedBack', { name, role });
              return before
                ? t('articleSources.roleChanged', {
                    name,
                    role,
                    was: t(`articleSources.roleName.${before.role}`),
                  })
                : t('articleSources.added', { name, role });
            },
            // Deleted or merged in another window since the list was read: named, and the list read again.
            (refusal) => {
              if (!sourceGone(refusal, entry.sourceId)) return null;
              setRegistryChanges((n) => n + 1);
              return t('articleSources.gone', { name: listedAs });
            },
          );
        }}
      />
      <p>
        <strong>{t('articleSources.origin')}:</strong>{' '}
        {sourcing.origin === 'own'
          ? t('articleSources.origin.own')
          : t('articleSources.origin.syndicated', { names: syndicated.join(', ') })}
      </p>
      <QuotedFromField line={line} generated={sourcing.quotedFromGenerated} />
      {sourcing.photoCredits.length > 0 && (
        <p>
          <strong>{t('articleSources.photos')}:</strong>{' '}
          {sourcing.photoCredits
            .map(
              (credit) =>
                `${credit.credit} (${t('articleSources.photoCount', { n: credit.photos })}${credit.source ? '' : `, ${t('articleSources.notInRegistry')}`})`,
            )
            .join('; ')}
        </p>
      )}
    </section>
  );
}
