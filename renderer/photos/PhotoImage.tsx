import type { RenditionWidth } from '../../shared/api/photo';
import { useMediaUrl } from './media';

/** One rendition of a library photo, sized by its upright proportions so the layout does not jump. */
export function PhotoImage(props: {
  sha256: string;
  width: RenditionWidth;
  alt: string;
  size: { width: number; height: number };
  className?: string;
}) {
  const src = useMediaUrl(props.sha256, props.width);
  const ratio = `${props.size.width} / ${props.size.height}`;
  if (!src)
    return <span className={`rx-photo-img ${props.className ?? ''}`} style={{ aspectRatio: ratio }} />;
  return (
    <img
      className={`rx-photo-img ${props.className ?? ''}`}
      src={src}
      alt={props.alt}
      width={props.size.width}
      height={props.size.height}
      style={{ aspectRatio: ratio }}
      loading="lazy"
      decoding="async"
      draggable={false}
    />
  );
}
