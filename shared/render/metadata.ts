import type { Article } from '../api/article';
import type { PublicationProfile } from '../api/settings';
import type { Figure } from './figure';

/** One image file of the package with its pixel size. */
export interface PackageImage {
  file: string;
  width: number;
  height: number;
  /** The same image as WebP, which keeps a logo's transparency (the JPEG stands on white). */
  webp?: string;
}
import { element, join, jsonScript, NEWLINE, text, type Html } from './html';
import { hasVisibleText } from '../text/characters';

export interface PageMeta {
  article: Article;
  profile: PublicationProfile;
  /** This page's file name, e.g. "page-2.html". */
  file: string;
  /** 1-based page number, or null for the whole article on one page. */
  pageNumber: number | null;
  pageCount: number;
  featured: Figure | null;
  /**
   * The picture that stands for the article where it is shared (`og:image`, JSON-LD `image`): the
   * featured photo, else the body's first photo.
   */
  shareImage: Figure | null;
  /** The publication's logo in the package, if the profile has one. */
  logo: PackageImage | null;
  /** What the article cites (names), for JSON-LD `citation`. */
  citations: string[];
  /** When the package last changed (packageModifiedAt): `dateModified`, `article:modified_time`. */
  modifiedAt: string;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/** The page's own address: absolute under the profile's base URL, else its file name. */
export function pageUrl(meta: Pick<PageMeta, 'profile' | 'article' | 'file'>, file = meta.file): string {
  const base = trimSlash(meta.profile.baseUrl);
  return base ? `${base}/${meta.article.slug}/${file}` : file;
}

/** The date the pages give as published: the first publication, or the last change of an article not published yet. */
export const publishedAt = (article: Article): string => article.publishedAt ?? article.updatedAt;

/**
 * When the package last changed: the article's own last change, or a later change to what the package
 * prints of a library photo it shows or a registry source it cites (`shown`: their `printedChangedAt`:
 * a caption, credit or name, never a city or notes). Compared as moments; the latest one's own string
 * is given, the article's on a tie.
 */
export const packageModifiedAt = (article: Article, shown: readonly string[]): string =>
  shown.reduce((latest, at) => (Date.parse(at) > Date.parse(latest) ? at : latest), article.updatedAt);

function jsonLd(meta: PageMeta): Record<string, unknown> {
  const { article, profile, shareImage: image } = meta;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    // No lead (a warning the desk accepted): no description, rather than an empty one.
    description: hasVisibleText(article.lead) ? article.lead : undefined,
    datePublished: publishedAt(article),
    dateModified: meta.modifiedAt,
    author: article.writers.map((name) => ({ '@type': 'Person', name })),
    publisher: {
      '@type': 'Organization',
      name: profile.name,
      ...(meta.logo
        ? {
            logo: {
              '@type': 'ImageObject',
              url: pageUrl(meta, meta.logo.file),
              width: meta.logo.width,
              height: meta.logo.height,
            },
          }
        : {}),
    },
    // No rubric: no section, as for OpenGraph, rather than an empty one.
    ...(hasVisibleText(article.rubric) ? { articleSection: article.rubric } : {}),
    keywords: article.tags,
    inLanguage: profile.language,
    isAccessibleForFree: true,
    url: pageUrl(meta),
  };
  if (article.editor) data.editor = { '@type': 'Person', name: article.editor };
  if (image) {
    const largest = image.jpeg.at(-1)!;
    data.image = {
      '@type': 'ImageObject',
      contentUrl: pageUrl(meta, largest.file),
      width: image.width,
      height: image.height,
      caption: image.caption,
      creditText: image.credit,
      creator: image.creator ? { '@type': 'Person', name: image.creator } : undefined,
      // The photo's own notice only: the publication's copyright line is not the agency's (ninjs agrees).
      copyrightNotice: image.copyright || undefined,
    };
  }
  if (meta.citations.length > 0)
    data.citation = meta.citations.map((name) => ({ '@type': 'CreativeWork', name }));
  if (meta.pageNumber !== null && meta.pageCount > 1) {
    data.position = meta.pageNumber;
    data.pageStart = meta.pageNumber;
  }
  return data;
}

const metaTag = (property: string, content: string): Html => element('meta', { property, content });

/** `<title>`, description, canonical, OpenGraph and JSON-LD for one page (EXPORT.md). */
export function renderHead(meta: PageMeta, title: string): Html {
  const { article, profile, shareImage: image } = meta;
  const base = trimSlash(profile.baseUrl);
  const lead = hasVisibleText(article.lead);
  return join(
    [
      element('meta', { charset: 'utf-8' }),
      element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      element('title', {}, text(title)),
      ...(lead ? [element('meta', { name: 'description', content: article.lead })] : []),
      element('link', { rel: 'canonical', href: pageUrl(meta) }),
      metaTag('og:title', article.headline),
      metaTag('og:type', 'article'),
      ...(lead ? [metaTag('og:description', article.lead)] : []),
      ...(image ? [metaTag('og:image', pageUrl(meta, image.jpeg.at(-1)!.file))] : []),
      ...(base ? [metaTag('og:url', pageUrl(meta))] : []),
      metaTag('og:site_name', profile.name),
      metaTag('article:published_time', publishedAt(article)),
      metaTag('article:modified_time', meta.modifiedAt),
      ...(hasVisibleText(article.rubric) ? [metaTag('article:section', article.rubric)] : []),
      ...article.tags.map((tag) => metaTag('article:tag', tag)),
      element('link', { rel: 'stylesheet', href: 'style.css' }),
      jsonScript(jsonLd(meta)),
    ],
    NEWLINE,
  );
}
