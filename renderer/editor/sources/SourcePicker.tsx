import { useEffect, useId, useRef, useState } from 'react';
import type { Source, SourceFields } from '../../../shared/api/source';
import { api } from '../../api/client';
import { ComboboxOptions, comboboxInputProps, comboboxKeys } from '../../app/ComboboxOptions';
import { useI18n } from '../../i18n/I18n';
import { sourceSummary } from '../../sources/summary';
import { EMPTY_SOURCE, SourceForm } from '../../sources/SourceForm';

const SEARCH_DELAY_MS = 120;
const SHOWN = 20;

export interface SourcePickerProps {
  /** The name of the source the selection is already tagged with, if any. */
  currentName: string | null;
  onPick: (source: Source) => void;
  onCreate: (fields: SourceFields) => Promise<string | null>;
  onRemove: () => void;
  onClose: () => void;
}

/**
 * The tag picker: type a few letters, arrows to move, Enter to tag with the highlighted source; or
 * create the source on the spot. A combobox with a listbox, so it works from the keyboard alone.
 */
export function SourcePicker({ currentName, onPick, onCreate, onRemove, onClose }: SourcePickerProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Source[] | null>(null);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () =>
        void api('sources.list', { ...(query.trim() ? { query } : {}), limit: SHOWN }).then((result) => {
          if (!current || !result.ok) return;
          setFound(result.value);
          setActive(0);
        }),
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  useEffect(() => input.current?.focus(), []);

  return (
    <div
      className="rx-source-picker"
      role="dialog"
      aria-label={t('tag.dialog')}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      {currentName !== null && (
        <p className="rx-source-current-tag">
          {t('tag.current', { name: currentName })}{' '}
          <button type="button" className="rx-secondary" onClick={onRemove}>
            {t('tag.remove')}
          </button>
        </p>
      )}
      <label className="rx-field">
        <span>{t('tag.find')}</span>
        <input
          ref={input}
          {...comboboxInputProps(listId, found?.length ?? 0, active)}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={comboboxKeys(found, active, setActive, onPick)}
        />
      </label>
      <ComboboxOptions
        listId={listId}
        label={t('tag.results')}
        className="rx-source-options"
        items={found}
        active={active}
        setActive={setActive}
        onPick={onPick}
        itemKey={(source) => source.id}
      >
        {(source) => (
          <>
            <span className="rx-option-name">{source.name}</span>
            <span className="rx-row-meta">{sourceSummary(source, t(`source.kind.${source.kind}`))}</span>
          </>
        )}
      </ComboboxOptions>
      {found && found.length === 0 && <p className="rx-empty">{t('tag.none')}</p>}
      {!creating && (
        <div className="rx-source-actions">
          <button type="button" className="rx-secondary" onClick={() => setCreating(true)}>
            {t('source.create')}
          </button>
          <button type="button" className="rx-secondary" onClick={onClose}>
            {t('source.cancel')}
          </button>
        </div>
      )}
      {creating && (
        <SourceForm
          compact
          initial={{ ...EMPTY_SOURCE, name: query.trim() }}
          submitLabel={t('tag.createAndTag')}
          onSubmit={onCreate}
          onCancel={() => setCreating(false)}
        />
      )}
    </div>
  );
}
