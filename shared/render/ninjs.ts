import type { Article } from '../api/article';
import type { PublicationProfile } from '../api/settings';
import type { Figure } from './figure';
import { hasVisibleText } from '../text/characters';
import { balancedBidi } from './html';

export interface NinjsInput {
  article: Article;
  profile: PublicationProfile;
  /** The body as plain text, one paragraph a line. */
  plainText: string;
  /** The body as HTML (the whole article, as in all.html's article body). */
  bodyHtml: string;
  /** Sources the article cites, for `infoSources`. */
  infoSources: Array<{ name: string; role: string; uri?: string }>;
  /** The photos the article shows: the featured one first, then the body's in reading order. */
  pictures?: NinjsPicture[];
  /** When the package last changed (packageModifiedAt): `versionCreated`, and `version` follows it. */
  modifiedAt: string;
}

/** A photo as the article shows it: a use in the body carries its own caption, credit and alt text. */
export interface NinjsPicture {
  photoId: string;
  figure: Figure;
  featured: boolean;
}

const description = (role: string, value: string) => ({ role, contentType: 'text/plain', value });

/**
 * One photo as a ninjs association (profile text-photo): a picture with its caption and alt text, its
 * photographer, credit and copyright, and every image file of the package as a rendition.
 */
function association(picture: NinjsPicture, name: string, base: string): Record<string, unknown> {
  const { figure } = picture;
  const largest = figure.jpeg.at(-1)!;
  // ninjs wants an absolute href: with the publication's base URL, the file's address; without
  // one, the rendition is named by its path in the package.
  const rendition = (format: 'jpeg' | 'webp') => (image: Figure['jpeg'][number]) => ({
    name: image.file,
    ...(base ? { href: `${base}/${image.file}` } : {}),
    contentType: `image/${format}`,
    width: image.width,
    height: image.height,
  });
  const descriptions = [
    ...(figure.caption ? [description('caption', figure.caption)] : []),
    ...(figure.alt ? [description('alt', figure.alt)] : []),
  ];
  return {
    name,
    rel: picture.featured ? 'featured' : 'inline',
    uri: base ? `${base}/${largest.file}` : `urn:uuid:${picture.photoId}`,
    type: 'picture',
    representationType: 'full',
    ...(descriptions.length > 0 ? { descriptions } : {}),
    ...(figure.creator ? { by: figure.creator } : {}),
    ...(figure.credit ? { infoSources: [{ name: figure.credit, role: 'credit' }] } : {}),
    ...(figure.copyright ? { copyrightNotice: figure.copyright } : {}),
    renditions: [...figure.jpeg.map(rendition('jpeg')), ...figure.webp.map(rendition('webp'))],
  };
}

/**
 * ninjs `version` (a string, no form imposed): the article's revision while the package is the article's
 * own; when a photo or source it shows changed later, the revision and that moment's UTC digits
 * ("12.20260302194742000"). So a correction made outside the article is a new version, read as a
 * number it falls between this revision and the next, and the same data gives the same version.
 */
export function packageVersion(article: Pick<Article, 'revision' | 'updatedAt'>, modifiedAt: string): string {
  if (modifiedAt === article.updatedAt) return String(article.revision);
  return `${article.revision}.${new Date(modifiedAt).toISOString().replace(/\D/g, '')}`;
}

/** The article as an IPTC ninjs 3.1 document (validated against ../shared/standards in the tests). */
export function articleToNinjs(input: NinjsInput): Record<string, unknown> {
  const { article, profile } = input;
  const base = profile.baseUrl.replace(/\/+$/, '');
  const ninjs: Record<string, unknown> = {
    uri: base ? `${base}/${article.slug}/` : `urn:uuid:${article.id}`,
    type: 'text',
    representationType: 'full',
    profile: 'text-photo',
    version: packageVersion(article, input.modifiedAt),
    firstCreated: article.createdAt,
    versionCreated: input.modifiedAt,
    pubStatus: article.status === 'published' ? 'usable' : 'withheld',
    language: profile.language,
    slugline: article.slug,
    headlines: [{ role: 'main', contentType: 'text/plain', value: article.headline }],
    bodies: [
      { role: 'main', contentType: 'text/plain', value: input.plainText },
      { role: 'richtext', contentType: 'text/html', value: input.bodyHtml },
    ],
  };
  // A lead of spaces or invisible characters is no lead, as for the pages' description.
  if (hasVisibleText(article.lead))
    ninjs.descriptions = [{ role: 'summary', contentType: 'text/plain', value: article.lead }];
  // Each name closes its own right-to-left override, so the next one is not turned round.
  if (article.writers.length > 0) ninjs.by = article.writers.map(balancedBidi).join(', ');
  if (article.dateline.place) ninjs.located = article.dateline.place;
  if (profile.copyright) ninjs.copyrightNotice = profile.copyright;
  if (profile.name) ninjs.copyrightHolder = profile.name;
  if (article.tags.length > 0) ninjs.subjects = article.tags.map((name) => ({ name, rel: 'about' }));
  if (article.rubric) ninjs.genres = [{ name: article.rubric, literal: article.rubric }];
  const sources = [{ name: profile.name, role: 'publisher' }, ...input.infoSources].filter(
    (source) => source.name,
  );
  if (sources.length > 0) ninjs.infoSources = sources;
  const pictures = input.pictures ?? [];
  let inline = 0;
  if (pictures.length > 0)
    ninjs.associations = pictures.map((picture) =>
      association(
        picture,
        picture.featured ? 'featured' : `photo-${(inline += 1)}`,
        base ? `${base}/${article.slug}` : '',
      ),
    );
  return ninjs;
}
