import type { Article, ArticleSaveInput } from '../../../shared/api/article';

/** What the editor sends back: the article as loaded, with the user's changes. */
export const edit = (article: Article, changes: Partial<ArticleSaveInput>): ArticleSaveInput => ({
  id: article.id,
  revision: article.revision,
  rubric: article.rubric,
  headline: article.headline,
  lead: article.lead,
  writers: article.writers,
  editor: article.editor,
  dateline: article.dateline,
  tags: article.tags,
  slug: article.slug,
  slugManual: article.slugManual,
  featuredPhotoId: article.featuredPhotoId,
  status: article.status,
  body: article.body,
  ...changes,
});
