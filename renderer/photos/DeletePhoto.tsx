import { useEffect, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { PhotoDetail } from '../../shared/api/photo';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { forgetPhoto } from './useLibraryPhoto';
import { usePublication } from '../app/Publication';
import { InPlaceConfirm } from '../app/InPlaceConfirm';

/**
 * Delete photo, with a confirmation in place (it cannot be undone). A photo an article shows cannot
 * be deleted: the button says why; the server refuses too, should an article take it meanwhile.
 */
export function DeletePhoto({ photo, onDeleted }: { photo: PhotoDetail; onDeleted: (id: string) => void }) {
  const { t, say } = useI18n();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<ApiErrorShape | null>(null);
  // The publication's logo is in use too: refused up front, as an article's photo is, not after asking.
  const isLogo = usePublication().logoPhotoId === photo.id;
  const used = photo.usedIn.length > 0 || isLogo;
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Back to Delete photo when the question is answered "Keep it" (or Escape), not left on the page.
  useEffect(() => {
    if (wasAsking.current && !asking) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const remove = () => {
    void api('photos.delete', { id: photo.id }).then((result) => {
      setAsking(false);
      if (!result.ok) return setProblem(result.error);
      forgetPhoto(photo.id);
      onDeleted(photo.id);
    });
  };

  return (
    <section className="rx-photo-delete" aria-label={t('photos.delete')}>
      {!asking && (
        <button
          ref={button}
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
          {t(photo.usedIn.length > 0 ? 'photos.delete.inUse' : 'photos.delete.isLogo')}
        </p>
      )}
      {asking && (
        <InPlaceConfirm
          label={t('photos.delete')}
          question={t('photos.delete.confirm', { name: photo.originalName })}
          yes={t('photos.delete.yes')}
          keep={t('photos.delete.no')}
          onYes={remove}
          onKeep={() => setAsking(false)}
        />
      )}
      {problem && (
        <p className="rx-error" role="alert">
          {say(problem)}
        </p>
      )}
    </section>
  );
}
