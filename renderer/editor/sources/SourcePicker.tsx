import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Source, SourceFields } from '../../../shared/api/source';
import { api } from '../../api/client';
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

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = found?.length ?? 0;
    if (event.key === 'ArrowDown' && count > 0) setActive((active + 1) % count);
    else if (event.key === 'ArrowUp' && count > 0) setActive((active - 1 + count) % count);
    else if (event.key === 'Enter') {
      const source = found?.[active];
      if (source) onPick(source);
    } else return;
    event.preventDefault();
  };

  const optionId = (index: number) => `${listId}-${index}`;
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
          role="combobox"
          aria-expanded={(found?.length ?? 0) > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={found && found.length > 0 ? optionId(active) : undefined}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <ul id={listId} role="listbox" aria-label={t('tag.results')} className="rx-source-options">
        {found?.map((source, index) => (
          <li
            key={source.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => onPick(source)}
          >
            <span className="rx-option-name">{source.name}</span>
            <span className="rx-row-meta">{sourceSummary(source, t(`source.kind.${source.kind}`))}</span>
          </li>
        ))}
      </ul>
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
