import type { ExportIssue } from '../api/export';
import { renditionSize } from '../api/photo';
import { say, type ServiceMessageKey } from '../api/wording';
import type { StoredNode } from '../editor/document';
import { hasVisibleText } from '../text/characters';
import type { Figure } from './figure';

/** What the exporter needs of a library photo. */
export interface ExportPhoto {
  id: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
  altText: string;
  creator: string;
  copyright: string;
  /**
   * The last change to what the package prints of it (a corrected caption or credit, not its city):
   * the package's modified time may follow it.
   */
  printedChangedAt: string;
}

/** One image file of the package and the library rendition it is copied from. */
export interface ImageVariant {
  /** Path inside the package: images/<photo id>-<width>.<format>. */
  file: string;
  format: 'webp' | 'jpg';
  /** The rendition's nominal width (its file name in the library). */
  renditionWidth: number;
  /** The real pixel width (renditionSize): never upscaled, and narrower for a very tall photo. */
  width: number;
  /** The real pixel height. */
  height: number;
}

export const EXPORT_WIDTHS = [480, 960, 1600] as const;
export const MIN_PHOTO_PIXELS = 50_000;

/** The package's images for a photo: 480 / 960 / 1600 wide, or fewer and narrower (a small or tall photo). */
export function imageVariants(photo: ExportPhoto): ImageVariant[] {
  const variants: ImageVariant[] = [];
  const seen = new Set<number>();
  for (const renditionWidth of EXPORT_WIDTHS) {
    const { width, height } = renditionSize(photo, renditionWidth);
    if (seen.has(width)) continue;
    seen.add(width);
    for (const format of ['webp', 'jpg'] as const) {
      variants.push({ file: `images/${photo.id}-${width}.${format}`, format, renditionWidth, width, height });
    }
  }
  return variants;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The photographer the structured data names beside the printed credit: the library's, unless the
 * block prints a credit line of its own, which then names them — a credit reads CREATOR/AGENCY
 * (NEWSROOM.md) — or, with no "/" in it, no one: never a name the printed credit contradicts.
 */
function creatorOf(photo: ExportPhoto, ownCredit: string | undefined): string {
  if (!ownCredit || ownCredit.trim() === photo.credit.trim()) return photo.creator;
  const [first = '', ...rest] = ownCredit.split('/');
  return rest.length > 0 && hasVisibleText(first) ? first.trim() : '';
}

/** A photo as the page shows it; a use in the body may override the library's caption, credit and alt text. */
export function photoFigure(
  photo: ExportPhoto,
  use: { caption?: string; credit?: string; altText?: string; wide?: boolean },
  eager: boolean,
): Figure {
  const variants = imageVariants(photo);
  const largest = variants.reduce((wide, variant) => (variant.width > wide.width ? variant : wide));
  return {
    webp: variants
      .filter((v) => v.format === 'webp')
      .map(({ file, width, height }) => ({ file, width, height })),
    jpeg: variants
      .filter((v) => v.format === 'jpg')
      .map(({ file, width, height }) => ({ file, width, height })),
    width: largest.width,
    height: largest.height,
    caption: use.caption || photo.caption,
    credit: use.credit || photo.credit,
    alt: use.altText || photo.altText,
    eager,
    wide: use.wide === true,
    creator: creatorOf(photo, use.credit),
    copyright: photo.copyright,
  };
}

/** The fields a `photo` block stores (shared/editor/PhotoNode.ts). */
export const photoUse = (node: StoredNode) => ({
  photoId: str(node.photoId),
  caption: str(node.caption),
  credit: str(node.credit),
  altText: str(node.altText),
  /** The block's **Full width** switch. */
  wide: node.layout === 'wide',
});

/**
 * EXPORT.md's photo rules: caption and credit are required, alt text and size are advised. `which` is
 * 'featured' for the featured photo, else the block's number in reading order.
 */
export function checkFigure(
  figure: Figure | null,
  photo: ExportPhoto | undefined,
  which: 'featured' | number,
): ExportIssue[] {
  const subject = which === 'featured' ? 'featured' : 'block';
  const n: Record<string, number> = which === 'featured' ? {} : { n: which };
  const issue = (
    level: ExportIssue['level'],
    code: string,
    check: string,
    values: Record<string, number> = {},
  ): ExportIssue => ({
    level,
    code,
    ...say(`export.${subject}.${check}` as ServiceMessageKey, { ...n, ...values }),
    ...(which === 'featured' ? {} : { photo: which }),
  });
  if (!photo || !figure) return [issue('error', 'PHOTO_MISSING', 'missing')];
  const issues: ExportIssue[] = [];
  // Spaces or invisible characters alone (a zero-width space) print nothing: no caption, no credit.
  if (!hasVisibleText(figure.caption)) issues.push(issue('error', 'PHOTO_NO_CAPTION', 'noCaption'));
  if (!hasVisibleText(figure.credit)) issues.push(issue('error', 'PHOTO_NO_CREDIT', 'noCredit'));
  if (!hasVisibleText(figure.alt)) issues.push(issue('warning', 'PHOTO_NO_ALT', 'noAlt'));
  if (photo.width * photo.height < MIN_PHOTO_PIXELS)
    issues.push(issue('warning', 'PHOTO_SMALL', 'small', { width: photo.width, height: photo.height }));
  return issues;
}
