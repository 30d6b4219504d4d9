import type { Database } from 'better-sqlite3';
import type { Article, ArticleStatus } from '../../../shared/api/article';
import type { ExportIssue } from '../../../shared/api/export';
import { say } from '../../../shared/api/wording';
import type { PublicationProfile } from '../../../shared/api/settings';
import type { StoredNode } from '../../../shared/editor/document';
import {
  RELATED_LINK_TYPE,
  storedRelatedArticleIds,
  storedRelatedTarget,
} from '../../../shared/editor/RelatedLinkNode';
import type { PublishedRelatedLink } from '../../../shared/render/related';
import { hasCredentials, webAddress } from '../../../shared/text/urls';
import { storedNodesOfType } from '../../../shared/editor/walk';
import { safeName } from './paths';

/** What the export needs to know of an article another one links to. */
export interface RelatedArticle {
  headline: string;
  slug: string;
  status: ArticleStatus;
}
export type RelatedArticles = ReadonlyMap<string, RelatedArticle>;
export const NO_RELATED_ARTICLES: RelatedArticles = new Map();

/** The articles the body's related links name, read once per export. */
export function loadRelatedArticles(db: Database, article: Article): RelatedArticles {
  const ids = storedRelatedArticleIds(article.body);
  if (ids.length === 0) return NO_RELATED_ARTICLES;
  const rows = db
    .prepare(`SELECT id, headline, slug, status FROM articles WHERE id IN (${ids.map(() => '?').join(', ')})`)
    .all(...ids) as Array<RelatedArticle & { id: string }>;
  return new Map(rows.map(({ id, ...row }) => [id, row]));
}

const shortTitle = (title: string) => title.trim().slice(0, 80);

/**
 * Each related link of the body as it will be published, keyed by its stored node, with what preflight
 * must say: a link to an article that no longer exists blocks the export (EXPORT.md), one to a draft
 * is a warning, and an address with an unsafe scheme, or a user name or password, is dropped with a
 * warning, like any link.
 * Another article's address is its package beside this one (`../<slug>/index.html`), or its canonical
 * page under the publication's base URL.
 */
export function planRelatedLinks(article: Article, profile: PublicationProfile, related: RelatedArticles) {
  const issues: ExportIssue[] = [];
  const links = new Map<StoredNode, PublishedRelatedLink>();
  const base = profile.baseUrl.replace(/\/+$/, '');
  // Wherever a link sits (a paste may put one inside a list), in reading order.
  for (const node of storedNodesOfType(article.body, RELATED_LINK_TYPE)) {
    const target = storedRelatedTarget(node);
    const title = typeof node.title === 'string' ? node.title.trim() : '';
    const address = target?.kind === 'url' ? webAddress(target.url) : null;
    if (target?.kind === 'article' && target.articleId === article.id) {
      // A "Read also" line pasted from another article back into the one it names.
      issues.push({
        level: 'error',
        code: 'RELATED_SELF',
        ...say('export.relatedSelf', { title: shortTitle(title) }),
      });
    } else if (target?.kind === 'article') {
      const other = related.get(target.articleId);
      if (!other) {
        issues.push({
          level: 'error',
          code: 'BROKEN_RELATED_LINK',
          ...say('export.relatedBroken', { title: shortTitle(title) }),
        });
        continue;
      }
      const headline = other.headline.trim() || title;
      if (other.status === 'draft')
        issues.push({
          level: 'warning',
          code: 'RELATED_DRAFT',
          ...say('export.relatedDraft', { title: shortTitle(headline) }),
        });
      const folder = safeName(other.slug, 'article');
      links.set(node, {
        title: headline,
        href: base ? `${base}/${folder}/index.html` : `../${folder}/index.html`,
      });
    } else if (target?.kind === 'url' && address) {
      links.set(node, { title: title || target.url, href: address });
    } else if (target?.kind === 'url' && hasCredentials(target.url)) {
      issues.push({
        level: 'warning',
        code: 'LINK_CREDENTIALS',
        ...say('export.relatedCredentials', { title: shortTitle(title) }),
      });
    } else {
      issues.push({
        level: 'warning',
        code: 'UNSAFE_LINK',
        ...say('export.relatedUnsafe', { title: shortTitle(title) }),
      });
    }
  }
  return { issues, links };
}
