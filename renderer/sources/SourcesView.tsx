import { useCallback, useEffect, useRef, useState } from 'react';
import { SOURCE_KINDS, SOURCE_QUERY_LIMIT, type SourceKind } from '../../shared/api/source';
import { api } from '../api/client';
import { focusIsLost } from '../app/focusLost';
import { StatusNotice } from '../app/StatusNotice';
import { useI18n } from '../i18n/I18n';
import { SourceDetail } from './SourceDetail';
import { EMPTY_SOURCE, SourceForm } from './SourceForm';
import { sourceNames } from './sourceNames';
import { sourceSummary } from './summary';
import { useSourceList } from './useSourceList';

/** The source registry: search, create, edit, merge duplicates, and see where each source is used. */
export function SourcesView({
  selectedId,
  onSelect,
  onOpenArticle,
}: {
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onOpenArticle: (id: string) => void;
}) {
  const { t, say } = useI18n();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SourceKind | ''>('');
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const [version, setVersion] = useState(0);
  /** The source the view was opened on: followed from an article, its detail takes the focus. */
  const [openedOn] = useState(selectedId);
  const { sources, error } = useSourceList({ query, kind, version });
  const changed = useCallback(() => {
    sourceNames.clear();
    setVersion((n) => n + 1);
  }, []);

  /** The name of the source just deleted, said until another is picked. */
  const [deleted, setDeleted] = useState<string | null>(null);
  /** What was typed in a source and could not be saved as its form went, said until another is picked. */
  const [unsaved, setUnsaved] = useState('');
  /**
   * The focus left with a form or a source: once the registry is fetched again, the new source's
   * row takes it (after Create; the search when the search or kind filter leaves it out), or the
   * first row or the search (after Delete) — unless the user has put it somewhere meanwhile, such as
   * New source clicked again before the list came back.
   */
  const focusAfter = useRef<{ created: string } | { deleted: string } | null>(null);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const after = focusAfter.current;
    if (after === null || !sources) return;
    const listed = (id: string) => sources.some((source) => source.id === id);
    // The list fetched after a create is the first to arrive; a filter may leave the new source out.
    if ('deleted' in after && listed(after.deleted)) return;
    focusAfter.current = null;
    if (!focusIsLost()) return;
    const row =
      'created' in after
        ? document.querySelector<HTMLElement>(`[data-source-id="${CSS.escape(after.created)}"]`)
        : document.querySelector<HTMLElement>('.rx-source-row');
    (row ?? search.current)?.focus();
  }, [sources]);
  const removed = (id: string, name: string) => {
    focusAfter.current = { deleted: id };
    setDeleted(name);
    changed();
    onSelect(null);
  };

  const create = async (fields: typeof EMPTY_SOURCE) => {
    const result = await api('sources.create', fields);
    if (!result.ok) return say(result.error);
    focusAfter.current = { created: result.value.id };
    setCreating(false);
    changed();
    onSelect(result.value.id);
    return null;
  };

  // Ctrl/Cmd+S with the focus out of the source's form (on the list, the search, the page) saves that
  // form too (inside it, the form takes the key itself); never the browser's "Save page as".
  const view = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      if (event.defaultPrevented) return;
      event.preventDefault();
      view.current?.querySelector<HTMLFormElement>('.rx-sources-detail form')?.requestSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const filtered = query.trim() !== '' || kind !== '';
  return (
    <section ref={view} className="rx-sources" aria-label={t('nav.sources')}>
      <header className="rx-list-header">
        <h1>{t('nav.sources')}</h1>
      </header>
      <div className="rx-list-bar">
        <button
          ref={newButton}
          type="button"
          className="rx-primary"
          onClick={() => (setCreating(true), setDeleted(null), onSelect(null))}
        >
          {t('sources.new')}
        </button>
        <input
          ref={search}
          type="search"
          className="rx-search"
          maxLength={SOURCE_QUERY_LIMIT}
          aria-label={t('sources.search')}
          placeholder={t('sources.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          aria-label={t('sources.filterKind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as SourceKind | '')}
        >
          <option value="">{t('sources.kind.all')}</option>
          {SOURCE_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`source.kind.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <StatusNotice
        className="rx-list-notice"
        text={deleted !== null ? t('source.deleted', { name: deleted }) : ''}
      />
      {error && (
        <p className="rx-error" role="alert">
          {say(error)}
        </p>
      )}
      {unsaved && (
        <p className="rx-error" role="alert">
          {unsaved}
        </p>
      )}
      <div className="rx-sources-body">
        <div className="rx-sources-list">
          {sources && sources.length === 0 && (
            <p className="rx-empty">{filtered ? t('sources.noMatch') : t('sources.empty')}</p>
          )}
          {sources && sources.length > 0 && (
            <ul className="rx-rows" aria-label={t('sources.list')}>
              {sources.map((source) => (
                <li key={source.id}>
                  <button
                    type="button"
                    className="rx-source-row"
                    data-source-id={source.id}
                    aria-current={source.id === selectedId ? 'true' : undefined}
                    onClick={() => (
                      setCreating(false),
                      setDeleted(null),
                      setUnsaved(''),
                      onSelect(source.id)
                    )}
                  >
                    <span className="rx-row-headline">{source.name}</span>
                    <span className="rx-row-meta">
                      {sourceSummary(source, t(`source.kind.${source.kind}`))}
                    </span>
                    <span className="rx-row-meta">
                      {source.usageCount === 0
                        ? t('sources.unused')
                        : t('sources.used', { n: source.usageCount })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="rx-sources-detail">
          {creating && (
            <section aria-label={t('source.new')}>
              <h2>{t('source.new')}</h2>
              <SourceForm
                initial={EMPTY_SOURCE}
                submitLabel={t('source.create')}
                focusName
                onSubmit={create}
                onCancel={() => {
                  setCreating(false);
                  newButton.current?.focus();
                }}
              />
            </section>
          )}
          {!creating && selectedId && (
            <SourceDetail
              key={selectedId}
              id={selectedId}
              arrived={selectedId === openedOn}
              version={version}
              onChanged={changed}
              onMerged={(id) => (changed(), onSelect(id))}
              onDeleted={(name) => removed(selectedId, name)}
              onOpenArticle={onOpenArticle}
              onLeaveFailed={setUnsaved}
            />
          )}
          {!creating && !selectedId && <p className="rx-empty">{t('sources.pick')}</p>}
        </div>
      </div>
    </section>
  );
}
