import { useState } from 'react';
import type { RenditionWidth } from '../../shared/api/photo';
import { useI18n } from '../i18n/I18n';
import { useMediaUrl } from './media';

/**
 * One rendition of a library photo, sized by its upright proportions so the layout does not jump.
 * An image file the media folder no longer holds (or cannot give) is said in words where it would
 * be, not left as a broken-image icon; the photo's caption and credit stay as they are.
 */
export function PhotoImage(props: {
  sha256: string;
  width: RenditionWidth;
  alt: string;
  size: { width: number; height: number };
  className?: string;
}) {
  const { t } = useI18n();
  const src = useMediaUrl(props.sha256, props.width);
  const [failed, setFailed] = useState<string | null>(null);
  const ratio = `${props.size.width} / ${props.size.height}`;
  const className = `rx-photo-img ${props.className ?? ''}`;
  if (!src) return <span className={className} style={{ aspectRatio: ratio }} />;
  if (failed === src)
    return (
      <span
        className={`${className} rx-photo-unreadable`}
        style={{ aspectRatio: ratio }}
        role="img"
        // What the photo shows stays said (its alt text), then why it is not there.
        aria-label={props.alt ? `${props.alt} — ${t('photo.imageUnreadable')}` : t('photo.imageUnreadable')}
      >
        {t('photo.imageUnreadable')}
      </span>
    );
  return (
    <img
      className={className}
      src={src}
      alt={props.alt}
      width={props.size.width}
      height={props.size.height}
      style={{ aspectRatio: ratio }}
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => setFailed(src)}
    />
  );
}
