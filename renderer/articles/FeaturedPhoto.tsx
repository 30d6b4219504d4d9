import { useRef, useState } from 'react';
import { LiveAnnouncement, useSaid } from '../app/LiveAnnouncement';
import { useI18n } from '../i18n/I18n';
import { PhotoImage } from '../photos/PhotoImage';
import { PhotoPicker } from '../photos/PhotoPicker';
import { useLibraryPhoto } from '../photos/useLibraryPhoto';

function Chosen({ photoId }: { photoId: string }) {
  const { t } = useI18n();
  const entry = useLibraryPhoto(photoId);
  if (entry.state === 'loading') return <p className="rx-loading">{t('photos.loading')}</p>;
  if (entry.state === 'missing') return <p className="rx-photo-missing">{t('photo.missing')}</p>;
  const { photo } = entry;
  return (
    <figure className="rx-featured-figure">
      <PhotoImage sha256={photo.sha256} width={480} alt={photo.altText} size={photo} />
      <figcaption>
        {photo.caption || t('photo.untitled')}
        {photo.credit && <span className="rx-credit"> ({photo.credit})</span>}
      </figcaption>
    </figure>
  );
}

/** The article's featured photo (shown above the body on export): chosen from the library or imported. */
export function FeaturedPhoto({
  photoId,
  onChange,
}: {
  photoId: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  // Remove goes with the photo: the focus would drop to the page, so it goes to Choose, and is told why.
  const choose = useRef<HTMLButtonElement>(null);
  const [said, say] = useSaid();
  return (
    <section className="rx-featured" aria-label={t('featured.label')}>
      <h2>{t('featured.label')}</h2>
      {photoId ? <Chosen photoId={photoId} /> : <p className="rx-hint">{t('featured.none')}</p>}
      <div className="rx-featured-actions">
        <button ref={choose} type="button" className="rx-secondary" onClick={() => setPicking(true)}>
          {t('featured.choose')}
        </button>
        {photoId && (
          <button
            type="button"
            className="rx-secondary"
            onClick={() => {
              onChange(null);
              choose.current?.focus();
              say(t('featured.removed'));
            }}
          >
            {t('featured.remove')}
          </button>
        )}
      </div>
      <LiveAnnouncement said={said} />
      {picking && (
        <PhotoPicker
          title={t('featured.label')}
          onChoose={(photos) => {
            setPicking(false);
            if (photos[0]) {
              onChange(photos[0].id);
              say('');
            }
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </section>
  );
}
