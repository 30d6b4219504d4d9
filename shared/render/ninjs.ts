import type { Article } from '../api/article';
import type { PublicationProfile } from '../api/settings';

export interface NinjsInput {
  article: Article;
  profile: PublicationProfile;
  /** The body as plain text, one paragraph a line. */
  plainText: string;
  /** The body as HTML (the whole article, as in all.html's article body). */
  bodyHtml: string;
  /** Sources the article cites, for `infoSources`. */
  infoSources: Array<{ name: string; role: string; uri?: string }>;
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
    version: String(article.revision),
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    pubStatus: article.status === 'published' ? 'usable' : 'withheld',
    language: profile.language,
    slugline: article.slug,
    headlines: [{ role: 'main', contentType: 'text/plain', value: article.headline }],
    bodies: [
      { role: 'main', contentType: 'text/plain', value: input.plainText },
      { role: 'richtext', contentType: 'text/html', value: input.bodyHtml },
    ],
  };
  if (article.lead)
    ninjs.descriptions = [{ role: 'summary', contentType: 'text/plain', value: article.lead }];
  if (article.writers.length > 0) ninjs.by = article.writers.join(', ');
  if (article.dateline.place) ninjs.located = article.dateline.place;
  if (profile.copyright) ninjs.copyrightNotice = profile.copyright;
  if (profile.name) ninjs.copyrightHolder = profile.name;
  if (article.tags.length > 0) ninjs.subjects = article.tags.map((name) => ({ name, rel: 'about' }));
  if (article.rubric) ninjs.genres = [{ name: article.rubric, literal: article.rubric }];
  const sources = [{ name: profile.name, role: 'publisher' }, ...input.infoSources].filter(
    (source) => source.name,
  );
  if (sources.length > 0) ninjs.infoSources = sources;
  return ninjs;
}
