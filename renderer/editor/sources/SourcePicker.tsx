import { useRef, useState } from 'react';
import { useInitialFocus } from '../../app/useInitialFocus';
import { SOURCE_QUERY_LIMIT, type Source, type SourceFields } from '../../../shared/api/source';
import { api } from '../../api/client';
import { ComboboxOptions, useComboboxSearch } from '../../app/SearchCombobox';
import { useI18n } from '../../i18n/I18n';
import { sourceSummary } from '../../sources/summary';
import { EMPTY_SOURCE, SourceForm } from '../../sources/SourceForm';

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
  const [creating, setCreating] = useState(false);
  const combo = useComboboxSearch(
    async (typed) => {
      const result = await api('sources.list', { ...(typed.trim() ? { query: typed } : {}), limit: SHOWN });
      return result.ok ? result.value : null;
    },
    onPick,
    // Enter on a name the registry does not have opens the form to create it ("Create it below").
    () => setCreating(true),
  );
  const input = useRef<HTMLInputElement>(null);

  useInitialFocus(input, onClose);

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
        <input ref={input} maxLength={SOURCE_QUERY_LIMIT} {...combo.input} />
      </label>
      <ComboboxOptions
        {...combo.options}
        label={t('tag.results')}
        className="rx-source-options"
        itemKey={(source) => source.id}
      >
        {(source) => (
          <>
            <span className="rx-option-name">{source.name}</span>
            <span className="rx-row-meta">{sourceSummary(source, t(`source.kind.${source.kind}`))}</span>
          </>
        )}
      </ComboboxOptions>
      {combo.found && combo.found.length === 0 && <p className="rx-empty">{t('tag.none')}</p>}
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
          initial={{ ...EMPTY_SOURCE, name: combo.query.trim() }}
          submitLabel={t('tag.createAndTag')}
          onSubmit={onCreate}
          focusName
          onCancel={() => {
            // Back to the search, which stays on screen (the form and its focus go).
            input.current?.focus();
            setCreating(false);
          }}
        />
      )}
    </div>
  );
}
