import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { PackagePlan } from './plan';
import { prepareExport, type ExportSetup } from './run';

/** One file of an article's package, as the export would write it now. */
export interface PreviewFile {
  bytes: Uint8Array;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};

const PREVIEWED = new Set(Object.keys(CONTENT_TYPES));

// `/preview/<key>/<article>/<file>`: the key is a path segment, not a query, so the package's own
// relative links (style.css, images/…, page-2.html) resolve to addresses that carry it too. The
// article is its id, or its slug: a related link's `../<slug>/index.html` lands on that article.
const PREVIEW_PATH =
  /^\/preview\/([A-Za-z0-9_-]{1,128})\/([a-z0-9][a-z0-9-]{0,99})\/((?:images\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,200})$/;
const ARTICLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parsePreviewPath(urlPath: string): { key: string; id: string; file: string } | null {
  const match = PREVIEW_PATH.exec(urlPath);
  return match ? { key: match[1]!, id: match[2]!, file: match[3]! } : null;
}

/**
 * The page preview's files: the article's package rendered by the export itself (prepareExport), so
 * what the editor previews is byte for byte what the export writes. A page re-renders the package;
 * its stylesheet and images come from that same rendering. Only names in the package are served —
 * the file part never touches the file system.
 */
export function createPreview(db: Database, setup: () => ExportSetup) {
  let last: { id: string; plan: PackagePlan } | null = null;
  const bySlug = db.prepare('SELECT id FROM articles WHERE slug = ?').pluck();
  return (article: string, file: string): PreviewFile | null => {
    const extension = file.slice(file.lastIndexOf('.') + 1);
    // What a page shows (pages, stylesheet, images), not the article's data file.
    if (!PREVIEWED.has(extension)) return null;
    const id = ARTICLE_ID.test(article) ? article : (bySlug.get(article) as string | undefined);
    if (id === undefined) return null;
    if (extension === 'html' || last?.id !== id) {
      try {
        last = { id, plan: prepareExport(db, id, setup()).plan };
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    }
    const found = last.plan.files.find((candidate) => candidate.path === file);
    if (!found) return null;
    const bytes = typeof found.content === 'string' ? new TextEncoder().encode(found.content) : found.content;
    return { bytes, contentType: CONTENT_TYPES[extension]! };
  };
}
