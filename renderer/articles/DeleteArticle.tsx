import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import { InPlaceConfirm } from '../app/InPlaceConfirm';
import { useI18n } from '../i18n/I18n';
import type { ArticleDraft } from './ArticleDraft';
import { ReloadArticle } from './ReloadArticle';

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
  const { t, say } = useI18n();
  const fields = useSyncExternalStore(draft.subscribe, () => draft.fields);
  const publishedAt = useSyncExternalStore(draft.subscribe, () => draft.publishedAt);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<ApiErrorShape | null>(null);
  const deleting = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Back to Delete article when the question is answered "Keep it" (or Escape), not left on the page.
  useEffect(() => {
    if (wasAsking.current && !asking) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const headline = fields.headline.trim() || t('list.untitled');
  const published = publishedAt !== null || fields.status === 'published';
  const remove = () => {
    if (deleting.current) return;
    deleting.current = true;
    void draft.delete().then((result) => {
      deleting.current = false;
      if (result.ok) return onDeleted(headline);
      setAsking(false);
      setProblem(result.error);
    });
  };

  return (
    <section className="rx-article-delete" aria-label={t('article.delete')}>
      {!asking && (
        <button
          ref={button}
          type="button"
          className="rx-danger"
          onClick={() => (setProblem(null), setAsking(true))}
        >
          {t('article.delete')}
        </button>
      )}
      {asking && (
        <InPlaceConfirm
          label={t('article.delete')}
          question={t(published ? 'article.delete.confirmPublished' : 'article.delete.confirm', { headline })}
          yes={t('article.delete.yes')}
          keep={t('article.delete.no')}
          onYes={remove}
          onKeep={() => setAsking(false)}
        />
      )}
      {problem && (
        <p className="rx-error" role="alert">
          {say(problem)} {problem.code === 'CONFLICT' && <ReloadArticle onReload={onReload} />}
        </p>
      )}
    </section>
  );
}
