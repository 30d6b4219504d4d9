import { balancedBidi, element, join, text, type Html } from './html';

/** One photo as the package shows it: renditions already written under images/. */
export interface Figure {
  /** WebP and JPEG renditions, smallest first: file name relative to the page, and pixel size. */
  webp: Array<{ file: string; width: number; height: number }>;
  jpeg: Array<{ file: string; width: number; height: number }>;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** The first image of a page loads at once; the rest lazily. */
  eager: boolean;
  /** Full width: wider than the text column (the photo block's layout). */
  wide?: boolean;
  /** Photographer and copyright notice, for structured data only (the credit is what the page prints). */
  creator?: string;
  copyright?: string;
}

// How wide the image shows (style.css): the text column, or up to 64rem for a full-width photo.
const SIZES = '(max-width: 60rem) 100vw, 60rem';
const WIDE_SIZES = '(max-width: 66rem) calc(100vw - 2rem), 64rem';
const srcset = (list: Figure['webp']): string => list.map((r) => `${r.file} ${r.width}w`).join(', ');

/** `<figure><picture>…</picture><figcaption>caption (CREDIT)</figcaption></figure>` per EXPORT.md. */
export function renderFigure(figure: Figure): Html {
  const fallback = figure.jpeg.at(-1)!;
  const caption: Html[] = [];
  if (figure.caption) caption.push(text(figure.caption));
  if (figure.credit) {
    if (caption.length > 0) caption.push(text(' '));
    caption.push(element('span', { class: 'credit' }, text(`(${balancedBidi(figure.credit)})`)));
  }
  const sizes = figure.wide ? WIDE_SIZES : SIZES;
  return element(
    'figure',
    { class: figure.wide ? 'wide' : null },
    element(
      'picture',
      {},
      element('source', { type: 'image/webp', srcset: srcset(figure.webp), sizes }),
      element('img', {
        src: fallback.file,
        srcset: srcset(figure.jpeg),
        sizes,
        width: figure.width,
        height: figure.height,
        alt: figure.alt,
        loading: figure.eager ? 'eager' : 'lazy',
        decoding: figure.eager ? 'sync' : 'async',
      }),
    ),
    caption.length > 0 ? element('figcaption', {}, join(caption)) : join([]),
  );
}
