import { useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { PhotoDetail } from '../../shared/api/photo';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';

/**
 * Delete photo, with a confirmation in place (it cannot be undone). A photo an article shows cannot
 * be deleted: the button says why; the server refuses too, should an article take it meanwhile.
 */
export function DeletePhoto({ photo, onDeleted }: { photo: PhotoDetail; onDeleted: (id: string) => void }) {
  const { t, say } = useI18n();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<ApiErrorShape | null>(null);
  const used = photo.usedIn.length > 0;

  const remove = () => {
    void api('photos.delete', { id: photo.id }).then((result) => {
      setAsking(false);
      if (!result.ok) return setProblem(result.error);
      onDeleted(photo.id);
    });
  };

  return (
    <section className="rx-photo-delete" aria-label={t('photos.delete')}>
      {!asking && (
        <button
          type="button"
          className="rx-danger"
          disabled={used}
          aria-describedby={used ? `${photo.id}-in-use` : undefined}
          onClick={() => (setProblem(null), setAsking(true))}
        >
          {t('photos.delete')}
        </button>
      )}
      {used && (
        <p id={`${photo.id}-in-use`} className="rx-hint">
          {t('photos.delete.inUse')}
        </p>
      )}
      {asking && (
        <div role="alertdialog" aria-label={t('photos.delete')} className="rx-confirm">
          <p>{t('photos.delete.confirm', { name: photo.originalName })}</p>
          <button type="button" className="rx-danger" onClick={remove} autoFocus>
            {t('photos.delete.yes')}
          </button>
          <button type="button" className="rx-secondary" onClick={() => setAsking(false)}>
            {t('photos.delete.no')}
          </button>
        </div>
      )}
      {problem && (
        <p className="rx-error" role="alert">
          {say(problem)}
        </p>
      )}
    </section>
  );
}
