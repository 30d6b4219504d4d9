import { paragraphs } from './documents';
import type { TestServices } from './services';

/** Saves an article with this headline and these paragraphs; its id. */
export async function writeArticle(s: TestServices, headline: string, ...body: string[]): Promise<string> {
  const created = await s.ok('articles.create', { headline });
  await s.ok('articles.save', { ...created, body: paragraphs(...body) });
  return created.id;
}

/** The headlines of the articles a search finds, in alphabetical order. */
export const headlinesFound = async (s: TestServices, query: string): Promise<string[]> =>
  (await s.ok('articles.list', { query })).map((summary) => summary.headline).sort();
