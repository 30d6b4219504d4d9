import { useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import { useI18n } from '../i18n/I18n';
import type { ArticleDraft } from './ArticleDraft';

/**
 * Save as new article, offered once the article was deleted in another window or tab: the text typed
 * here becomes a new article, which then opens. Refused, it says why, and the text stays in the editor.
 */
export function SaveAsNewArticle({ draft, onSaved }: { draft: ArticleDraft; onSaved: (id: string) => void }) {
  const { t, say } = useI18n();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ApiErrorShape | null>(null);
  const save = async () => {
    if (saving) return;
    setSaving(true);
    setProblem(null);
    const result = await draft.saveAsNew();
    setSaving(false);
    if (result.ok) onSaved(result.value.id);
    else setProblem(result.error);
  };
  return (
    <>
      <button type="button" className="rx-secondary" aria-disabled={saving} onClick={() => void save()}>
        {saving ? t('save.asNew.saving') : t('save.asNew')}
      </button>
      {problem && (
        <span className="rx-error" role="alert">
          {t('save.asNew.failed', { message: say(problem) })}
        </span>
      )}
    </>
  );
}
