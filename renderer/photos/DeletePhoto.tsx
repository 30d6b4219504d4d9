import type { PhotoDetail } from '../../shared/api/photo';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';
import { forgetPhoto } from './useLibraryPhoto';
import { usePublication } from '../app/Publication';
import { DeleteAfterAsking } from '../app/DeleteAfterAsking';
import { photoLabel } from './PhotoGrid';

/**
 * Delete photo, with a confirmation in place (it cannot be undone). A photo an article shows cannot
 * be deleted: the button says why; the server refuses too, should an article take it meanwhile.
 */
export function DeletePhoto({
  photo,
  onDeleted,
  onRefused,
}: {
  photo: PhotoDetail;
  /** With the words that say which photo went, for the desk to say once these details are gone. */
  onDeleted: (id: string, said: string) => void;
  /** The service said no (an article or the logo took the photo meanwhile): what uses it is read again. */
  onRefused: () => void;
}) {
  const { t } = useI18n();
  // The publication's logo is in use too: refused up front, as an article's photo is, not after asking.
  const logoPhotoId = usePublication().logoPhotoId;
  const isLogo = photo.isLogo || logoPhotoId === photo.id;
  const blocked =
    photo.usedIn.length > 0 ? t('photos.delete.inUse') : isLogo ? t('photos.delete.isLogo') : null;
  return (
    <DeleteAfterAsking
      className="rx-photo-delete"
      label={t('photos.delete')}
      question={t('photos.delete.confirm', { name: photo.originalName })}
      yes={t('photos.delete.yes')}
      keep={t('photos.delete.no')}
      blocked={blocked}
      onDelete={async () => {
        const result = await api('photos.delete', { id: photo.id });
        if (!result.ok) {
          onRefused();
          return result.error;
        }
        forgetPhoto(photo.id);
        onDeleted(photo.id, t('photos.deleted', { name: photoLabel(photo) }));
        return null;
      }}
    />
  );
}
