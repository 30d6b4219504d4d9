import type { Source } from '../../shared/api/source';
import { api } from '../api/client';
import { DeleteAfterAsking } from '../app/DeleteAfterAsking';
import { useI18n } from '../i18n/I18n';

/**
 * Delete source, asked in place (it cannot be undone). A source articles use cannot be deleted: the
 * button is off and says how many use it (take it out, or merge it); the service refuses too, should
 * an article take it meanwhile.
 */
export function DeleteSource({
  source,
  uses,
  onDeleted,
}: {
  source: Source;
  /** How many articles use it, as its Used in lists them. */
  uses: number;
  onDeleted: (name: string) => void;
}) {
  const { t } = useI18n();
  return (
    <DeleteAfterAsking
      className="rx-source-delete"
      label={t('source.delete')}
      question={t('source.delete.confirm', { name: source.name })}
      yes={t('source.delete.yes')}
      keep={t('source.delete.no')}
      blocked={uses > 0 ? t('source.delete.inUse', { n: uses }) : null}
      onDelete={async () => {
        const result = await api('sources.delete', { id: source.id });
        if (!result.ok) return result.error;
        onDeleted(source.name);
        return null;
      }}
    />
  );
}
