import { PHOTO_QUERY_LIMIT, type PhotoListInput } from '../../shared/api/photo';
import { useI18n } from '../i18n/I18n';

export type DeskFilters = Required<
  Pick<PhotoListInput, 'uncaptioned' | 'noCredit' | 'noAltText' | 'importedToday'>
> & {
  query: string;
  usage: 'all' | 'used' | 'unused';
};

export const NO_FILTERS: DeskFilters = {
  query: '',
  uncaptioned: false,
  noCredit: false,
  noAltText: false,
  importedToday: false,
  usage: 'all',
};

const CHECKS = [
  ['uncaptioned', 'photos.filter.uncaptioned'],
  ['noCredit', 'photos.filter.noCredit'],
  ['noAltText', 'photos.filter.noAlt'],
  ['importedToday', 'photos.filter.today'],
] as const;

/** Search by caption, credit or photographer, and the desk's filters. */
export function PhotoFilters({
  filters,
  onChange,
}: {
  filters: DeskFilters;
  onChange: (next: DeskFilters) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="rx-photo-filters" role="search">
      <input
        type="search"
        maxLength={PHOTO_QUERY_LIMIT}
        aria-label={t('photos.search')}
        placeholder={t('photos.search')}
        value={filters.query}
        onChange={(event) => onChange({ ...filters, query: event.target.value })}
      />
      {CHECKS.map(([key, label]) => (
        <label key={key} className="rx-check">
          <input
            type="checkbox"
            checked={filters[key]}
            onChange={(event) => onChange({ ...filters, [key]: event.target.checked })}
          />
          {t(label)}
        </label>
      ))}
      <select
        aria-label={t('photos.filter.usage')}
        value={filters.usage}
        onChange={(event) => onChange({ ...filters, usage: event.target.value as DeskFilters['usage'] })}
      >
        <option value="all">{t('photos.filter.usage.all')}</option>
        <option value="used">{t('photos.filter.usage.used')}</option>
        <option value="unused">{t('photos.filter.usage.unused')}</option>
      </select>
    </div>
  );
}

export function toListInput(filters: DeskFilters): PhotoListInput {
  return {
    ...(filters.query.trim() ? { query: filters.query } : {}),
    ...(filters.uncaptioned ? { uncaptioned: true } : {}),
    ...(filters.noCredit ? { noCredit: true } : {}),
    ...(filters.noAltText ? { noAltText: true } : {}),
    ...(filters.importedToday ? { importedToday: true } : {}),
    ...(filters.usage !== 'all' ? { usage: filters.usage } : {}),
  };
}
