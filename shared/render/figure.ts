import { element, join, text, type Html } from './html';

/** One photo as the package shows it: renditions already written under images/. */
export interface Figure {
  /** WebP and JPEG renditions, smallest first: file name relative to the page, and pixel width. */
  webp: Array<{ file: string; width: number }>;
  jpeg: Array<{ file: string; width: number }>;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** The first image of a page loads at once; the rest lazily. */
  eager: boolean;
  /** Photographer and copyright notice, for structured data only (the credit is what the page prints). */
  creator?: string;
  copyright?: string;
}

const SIZES = '(max-width: 60rem) 100vw, 60rem';
const srcset = (list: Figure['webp']): string => list.map((r) => `${r.file} ${r.width}w`).join(', ');

/** `<figure><picture>…</picture><figcaption>caption (CREDIT)</figcaption></figure>` per EXPORT.md. */
export function renderFigure(figure: Figure): Html {
  const fallback = figure.jpeg.at(-1)!;
  const caption: Html[] = [];
  if (figure.caption) caption.push(text(figure.caption));
  if (figure.credit) {
    if (caption.length > 0) caption.push(text(' '));
    caption.push(element('span', { class: 'credit' }, text(`(${figure.credit})`)));
  }
  return element(
    'figure',
    {},
    element(
      'picture',
      {},
      element('source', { type: 'image/webp', srcset: srcset(figure.webp), sizes: SIZES }),
      element('img', {
        src: fallback.file,
        srcset: srcset(figure.jpeg),
        sizes: SIZES,
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
