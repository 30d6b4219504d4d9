import { useSyncExternalStore } from 'react';
import { DeleteAfterAsking } from '../app/DeleteAfterAsking';
import { useI18n } from '../i18n/I18n';
import type { ArticleDraft } from './ArticleDraft';
import { ReloadArticle } from './ReloadArticle';
import { headlineShown } from './headlineShown';

/**
 * Delete article, asked in place (it cannot be undone), with the focus on keeping it. The question
 * says when the article was published: its exported package stays on disk, only the article goes.
 * A delete from a window that has not seen the latest save is refused, and Reload article is offered.
 */
export function DeleteArticle({
  draft,
  onDeleted,
  onReload,
}: {
  draft: ArticleDraft;
  /** Called with the headline as the editor showed it, once the article is gone. */
  onDeleted: (headline: string) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const fields = useSyncExternalStore(draft.subscribe, () => draft.fields);
  const publishedAt = useSyncExternalStore(draft.subscribe, () => draft.publishedAt);
  const headline = headlineShown(fields.headline, t);
  const published = publishedAt !== null || fields.status === 'published';
  return (
    <DeleteAfterAsking
      className="rx-article-delete"
      label={t('article.delete')}
      question={t(published ? 'article.delete.confirmPublished' : 'article.delete.confirm', { headline })}
      yes={t('article.delete.yes')}
      keep={t('article.delete.no')}
      onDelete={async () => {
        const result = await draft.delete();
        if (!result.ok) return result.error;
        onDeleted(headline);
        return null;
      }}
      afterProblem={(problem) => problem.code === 'CONFLICT' && <ReloadArticle onReload={onReload} />}
    />
  );
}
