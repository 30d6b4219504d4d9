import type { Article } from '../../../shared/api/article';
import type { ExportIssue } from '../../../shared/api/export';
import { say } from '../../../shared/api/wording';
import type { PublicationProfile } from '../../../shared/api/settings';
import { splitPages } from '../../../shared/pages/split';
import { wholeArticleBlocks } from '../../../shared/pages/whole';
import { documentPlainText } from '../../../shared/editor/document';
import { misplacedTypes } from '../../../shared/editor/placement';
import { storedNodesOfType } from '../../../shared/editor/walk';
import { renderBlocks, type BodyContext } from '../../../shared/render/body';
import { renderFigure, type Figure } from '../../../shared/render/figure';
import { EMPTY } from '../../../shared/render/html';
import { packageModifiedAt, type PackageImage } from '../../../shared/render/metadata';
import {
  checkFigure,
  imageVariants,
  photoFigure,
  photoUse,
  type ExportPhoto,
} from '../../../shared/render/photo';
import { articleToNinjs, type NinjsPicture } from '../../../shared/render/ninjs';
import { ALL_PAGES_FILE, pageFileName, renderArticlePage, type PagePlan } from '../../../shared/render/page';
import { NO_MEDIA, type ExportMedia, type RenditionTrouble } from './media';
import { NO_RELATED_ARTICLES, planRelatedLinks, type RelatedArticles } from './related';
import { RELATED_LINK_TYPE } from '../../../shared/editor/RelatedLinkNode';
import { EXPORT_LABELS } from '../../../shared/render/labels';
import { renderRelatedLine } from '../../../shared/render/related';
import {
  infoSources,
  NO_ATTRIBUTION,
  sourceNames,
  type ExportAttribution,
} from '../../../shared/render/sources';

/**
 * The package's photos: the featured figure, a renderer for photo blocks (the first image of a page
 * loads eagerly), the image files copied from the library's renditions, and what preflight must say.
 */
function planFigures(article: Article, media: ExportMedia) {
  const issues: ExportIssue[] = [];
  const images = new Map<string, PackageFile>();
  /** Copies a photo's image files; what is wrong when one of them is gone or broken, else null. */
  const addImages = (photo: ExportPhoto): RenditionTrouble | null => {
    for (const variant of imageVariants(photo)) {
      if (images.has(variant.file)) continue;
      const content = media.read(photo.id, variant);
      if (typeof content === 'string') return content;
      images.set(variant.file, { path: variant.file, content });
    }
    return null;
  };
  const filesTrouble = (which: 'featured' | number, trouble: RenditionTrouble): ExportIssue => {
    const damaged = trouble === 'damaged';
    return {
      level: 'error',
      code: damaged ? 'PHOTO_FILES_DAMAGED' : 'PHOTO_FILES_MISSING',
      ...(which === 'featured'
        ? say(damaged ? 'export.featured.filesDamaged' : 'export.featured.filesMissing')
        : {
            ...say(damaged ? 'export.block.filesDamaged' : 'export.block.filesMissing', { n: which }),
            photo: which,
          }),
    };
  };
  const copyImages = (photo: ExportPhoto, which: 'featured' | number): void => {
    const trouble = addImages(photo);
    if (trouble) issues.push(filesTrouble(which, trouble));
  };
  let featured: Figure | null = null;
  // Every photo the article shows, for article.json's associations (the body's with their own words).
  const pictures: NinjsPicture[] = [];
  if (article.featuredPhotoId) {
    const photo = media.photos.get(article.featuredPhotoId);
    featured = photo ? photoFigure(photo, {}, true) : null;
    if (photo && featured) pictures.push({ photoId: photo.id, figure: featured, featured: true });
    issues.push(...checkFigure(featured, photo, 'featured'));
    if (photo) copyImages(photo, 'featured');
  }
  let blockNumber = 0;
  // Every photo block in reading order: between paragraphs or inside a list item.
  for (const block of storedNodesOfType(article.body, 'photo')) {
    blockNumber += 1;
    const use = photoUse(block);
    const photo = media.photos.get(use.photoId);
    const figure = photo ? photoFigure(photo, use, false) : null;
    issues.push(...checkFigure(figure, photo, blockNumber));
    if (photo && figure) pictures.push({ photoId: photo.id, figure, featured: false });
    if (photo) copyImages(photo, blockNumber);
  }
  const blockRenderer = (firstImageEager: boolean): BodyContext['renderBlock'] => {
    let eager = firstImageEager;
    return (node) => {
      if (node.type !== 'photo') return null;
      const use = photoUse(node);
      const photo = media.photos.get(use.photoId);
      if (!photo) return EMPTY;
      const figure = renderFigure(photoFigure(photo, use, eager));
      eager = false;
      return figure;
    };
  };
  return {
    featured,
    pictures,
    issues,
    blockRenderer,
    images: [...images.values()].sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}

/**
 * The publication's logo: the 480 px renditions of the library photo the profile names, WebP (which
 * keeps a transparent logo transparent on any header colour) with the JPEG as the fallback and for
 * the JSON-LD publisher logo.
 */
function planLogo(profile: PublicationProfile, media: ExportMedia) {
  if (!profile.logoPhotoId) return { image: null, files: [], issue: null };
  const photo = media.photos.get(profile.logoPhotoId);
  const missing = {
    image: null,
    files: [],
    issue: { level: 'warning', code: 'LOGO_MISSING', ...say('export.logoMissing') } as ExportIssue,
  };
  if (!photo) return missing;
  const variants = imageVariants(photo).filter((v) => v.renditionWidth === 480);
  const jpeg = variants.find((v) => v.format === 'jpg')!;
  const webp = variants.find((v) => v.format === 'webp')!;
  const image: PackageImage = {
    file: jpeg.file,
    webp: webp.file,
    width: jpeg.width,
    height: jpeg.height,
  };
  const files: PackageFile[] = [];
  for (const variant of [jpeg, webp]) {
    const content = media.read(photo.id, variant);
    if (typeof content === 'string') return missing; // its files gone or broken: as if no logo
    files.push({ path: variant.file, content });
  }
  return { image, files, issue: null };
}

export interface PackageFile {
  /** Path inside the package folder, with forward slashes, built only from generated names. */
  path: string;
  content: string | Uint8Array;
}

export interface PackagePlan {
  files: PackageFile[];
  pages: PagePlan[];
  issues: ExportIssue[];
  /**
   * What the package prints besides the article's fields and body text (preflight's placeholders):
   * every photo's caption, credit and alt text as shown, related links' titles, the "Dikutip dari"
   * line, and each source's name, role and organisation.
   */
  printedWords: string[];
  /** When the package last changed (packageModifiedAt): its pages', article.json's and zip entries' date. */
  modifiedAt: string;
}

/**
 * The theme with the profile's accent colour (validated as #rrggbb by the settings schema), headed by
 * the publication's name in a comment: one line, and nothing in the name can end the comment early.
 */
export function themeCss(template: string, profile: PublicationProfile): string {
  const name = profile.name
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .replaceAll('*/', '* /')
    .trim();
  const themed = template.replace(/--accent: #[0-9a-fA-F]{6};/, `--accent: ${profile.accentColor};`);
  return name ? `/* ${name} */\n${themed}` : themed;
}

/**
 * Every file of one article's package, in memory and in a fixed order: deterministic, so the same
 * article and profile always give the same bytes (dates come from the article, and from the photos
 * and sources it shows, never the clock).
 */
export function planPackage(
  article: Article,
  profile: PublicationProfile,
  styleTemplate: string,
  attribution: ExportAttribution = NO_ATTRIBUTION,
  media: ExportMedia = NO_MEDIA,
  relatedArticles: RelatedArticles = NO_RELATED_ARTICLES,
): PackagePlan {
  const issues: ExportIssue[] = [];
  // A block an older body has where it may not stand (a photo inside a paragraph) blocks the export.
  for (const type of misplacedTypes(article.body))
    issues.push({ level: 'error', code: 'MISPLACED_NODE', ...say('export.misplacedNode', { type }) });
  const figures = planFigures(article, media);
  issues.push(...figures.issues);
  const related = planRelatedLinks(article, profile, relatedArticles);
  issues.push(...related.issues);
  const labels = EXPORT_LABELS[profile.language];
  // Photos and related links are the blocks the shared body renderer leaves to the package.
  const blockRenderer = (firstImageEager: boolean): BodyContext['renderBlock'] => {
    const photos = figures.blockRenderer(firstImageEager);
    return (node, context) => {
      if (node.type !== RELATED_LINK_TYPE) return photos?.(node, context) ?? null;
      const link = related.links.get(node);
      return link ? renderRelatedLine(link, labels) : EMPTY;
    };
  };
  const logo = planLogo(profile, media);
  if (logo.issue) issues.push(logo.issue);
  // The logo may also be a photo of the article: then its files are already in the package.
  for (const logoFile of logo.files)
    if (!figures.images.some((file) => file.path === logoFile.path)) figures.images.push(logoFile);
  // The same split the editor shows while writing (shared/pages).
  const pageBlocks = splitPages(article.body).map((page) => page.blocks);
  const pageFiles = pageBlocks.map((_, index) => pageFileName(index + 1));
  const pages: PagePlan[] = pageBlocks.map((blocks, index) => ({
    file: pageFiles[index]!,
    number: index + 1,
    blocks,
  }));
  // The whole article on one page: a paragraph a break split is one paragraph again there.
  const allBlocks = wholeArticleBlocks(article.body);
  if (pages.length > 1) pages.push({ file: ALL_PAGES_FILE, number: null, blocks: allBlocks });

  const files: PackageFile[] = [];
  const citations = attribution.sources.map((source) => source.name);
  // A caption corrected in the library or a source renamed in the registry changes the package too;
  // a photo's city or a source's notes, which it never prints, do not.
  const modifiedAt = packageModifiedAt(article, [
    ...figures.pictures.map((picture) => media.photos.get(picture.photoId)!.printedChangedAt),
    ...attribution.sources.map((source) => source.printedChangedAt),
  ]);
  const common = {
    article,
    profile,
    pageCount: pageFiles.length,
    pageFiles,
    featured: figures.featured,
    shareImage: figures.featured ?? figures.pictures[0]?.figure ?? null,
    logo: logo.image,
    citations,
    modifiedAt,
    attribution,
    relatedLinks: [...related.links.values()],
  };
  for (const page of pages) {
    // Every page opens with the featured photo (EXPORT.md): it is the page's first image, loaded at once.
    const { html, issues: pageIssues } = renderArticlePage({
      ...common,
      page,
      renderBlock: blockRenderer(figures.featured === null),
    });
    // The whole-article page repeats every block: count its findings once, from the numbered pages.
    if (page.number !== null) issues.push(...pageIssues);
    files.push({ path: page.file, content: html });
  }
  const names = sourceNames(attribution);
  const bodyContext: BodyContext = {
    issues: [],
    sourceName: (id) => names.get(id),
    renderBlock: blockRenderer(false),
  };
  const ninjs = articleToNinjs({
    article,
    profile,
    plainText: documentPlainText({ root: { ...article.body.root, children: allBlocks } }),
    bodyHtml: renderBlocks(allBlocks, bodyContext).markup,
    infoSources: infoSources(attribution),
    pictures: figures.pictures,
    modifiedAt,
  });
  files.push(...figures.images);
  files.push({ path: 'style.css', content: themeCss(styleTemplate, profile) });
  files.push({ path: 'article.json', content: `${JSON.stringify(ninjs, null, 2)}\n` });
  // What the pages print besides the article's own fields and body text, for preflight's placeholders.
  const printedWords = [
    ...figures.pictures.flatMap(({ figure }) => [figure.caption, figure.credit, figure.alt]),
    ...[...related.links.values()].map((link) => link.title),
    attribution.quotedFrom,
    ...attribution.sources.flatMap((source) => [source.name, source.role, source.organisation]),
  ];
  return { files, pages, issues: dedupe(issues), printedWords, modifiedAt };
}

function dedupe(issues: ExportIssue[]): ExportIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.level}:${issue.code}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
