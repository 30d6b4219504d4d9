import type { Article, ArticleSaveInput } from '../../../shared/api/article';
import { fieldsOf } from '../../../renderer/articles/ArticleDraft';

/** What the editor sends back: the article as loaded, with the user's changes. */
export const edit = (article: Article, changes: Partial<ArticleSaveInput>): ArticleSaveInput => ({
  ...fieldsOf(article),
  id: article.id,
  revision: article.revision,
  body: article.body,
  ...changes,
});
