import { useEffect, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { Source } from '../../shared/api/source';
import { api } from '../api/client';
import { InPlaceConfirm } from '../app/InPlaceConfirm';
import { useI18n } from '../i18n/I18n';

/**
 * Delete source, asked in place (it cannot be undone). A source articles use cannot be deleted: the
 * button is off and says how many use it (take it out, or merge it); the service refuses too, should
 * an article take it meanwhile.
 */
export function DeleteSource({
  source,
  uses,
  onDeleted,
}: {
  source: Source;
  /** How many articles use it, as its Used in lists them. */
  uses: number;
  onDeleted: (name: string) => void;
}) {
  const { t, say } = useI18n();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<ApiErrorShape | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Back to Delete source when the question is answered "Keep it" (or Escape).
  useEffect(() => {
    if (wasAsking.current && !asking) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const remove = () => {
    void api('sources.delete', { id: source.id }).then((result) => {
      setAsking(false);
      if (!result.ok) return setProblem(result.error);
      onDeleted(source.name);
    });
  };
  const inUseId = `${source.id}-in-use`;

  return (
    <section className="rx-source-delete" aria-label={t('source.delete')}>
      {!asking && (
        <button
          ref={button}
          type="button"
          className="rx-danger"
          disabled={uses > 0}
          aria-describedby={uses > 0 ? inUseId : undefined}
          onClick={() => (setProblem(null), setAsking(true))}
        >
          {t('source.delete')}
        </button>
      )}
      {uses > 0 && (
        <p id={inUseId} className="rx-hint">
          {t('source.delete.inUse', { n: uses })}
        </p>
      )}
      {asking && (
        <InPlaceConfirm
          label={t('source.delete')}
          question={t('source.delete.confirm', { name: source.name })}
          yes={t('source.delete.yes')}
          keep={t('source.delete.no')}
          onYes={remove}
          onKeep={() => setAsking(false)}
        />
      )}
      {problem && (
        <p className="rx-error" role="alert">
          {say(problem)}
        </p>
      )}
    </section>
  );
}
