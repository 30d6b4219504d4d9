import { useEffect, useState } from 'react';
import type { ArticleStatus } from '../../../shared/api/article';
import type { RelatedTarget } from '../../../shared/editor/RelatedLinkNode';
import { api } from '../../api/client';

export type RelatedArticleState =
  { state: 'loading' | 'address' | 'missing' } | { state: 'found'; headline: string; status: ArticleStatus };

/**
 * The article a related link points to, as it is now (its headline may have changed since the link was
 * made, and the export prints the current one), or that it no longer exists, which blocks the export.
 */
export function useRelatedArticle(target: RelatedTarget): RelatedArticleState {
  const id = target.kind === 'article' ? target.articleId : null;
  const [found, setFound] = useState<{ id: string; value: RelatedArticleState } | null>(null);
  useEffect(() => {
    if (id === null) return;
    let live = true;
    // Its summary only: articles.get would bring the other article's whole body.
    void api('articles.list', { ids: [id], limit: 1 }).then((result) => {
      if (!live || !result.ok) return;
      const [article] = result.value;
      setFound({
        id,
        value: article
          ? { state: 'found', headline: article.headline, status: article.status }
          : { state: 'missing' },
      });
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (id === null) return { state: 'address' };
  return found?.id === id ? found.value : { state: 'loading' };
}
