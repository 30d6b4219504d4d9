import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import { useI18n } from '../i18n/I18n';
import { InPlaceConfirm } from './InPlaceConfirm';

/**
 * A Delete button for what cannot be undone (a photo, a source, an article): asked in place, the focus
 * back on the button when the answer is "keep"; off, with the reason shown up front, while something
 * still uses it. The service's refusal, should one come, is said under it (with `afterProblem`).
 */
export function DeleteAfterAsking(props: {
  className: string;
  label: string;
  question: string;
  yes: string;
  keep: string;
  /** Why it cannot be deleted now (something uses it); the button is off while there is one. */
  blocked?: string | null;
  /** Deletes; resolves to the refusal, or null once it is gone. */
  onDelete: () => Promise<ApiErrorShape | null>;
  afterProblem?: (problem: ApiErrorShape) => ReactNode;
}) {
  const { say } = useI18n();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<ApiErrorShape | null>(null);
  const deleting = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const blockedId = useId();
  // Back to the button when the question is answered "keep" (or Escape), not left on the page.
  useEffect(() => {
    if (wasAsking.current && !asking) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const remove = () => {
    if (deleting.current) return;
    deleting.current = true;
    void props.onDelete().then((refused) => {
      deleting.current = false;
      if (refused === null) return;
      setAsking(false);
      setProblem(refused);
    });
  };

  return (
    <section className={props.className} aria-label={props.label}>
      {!asking && (
        <button
          ref={button}
          type="button"
          className="rx-danger"
          disabled={Boolean(props.blocked)}
          aria-describedby={props.blocked ? blockedId : undefined}
          onClick={() => (setProblem(null), setAsking(true))}
        >
          {props.label}
        </button>
      )}
      {props.blocked && (
        <p id={blockedId} className="rx-hint">
          {props.blocked}
        </p>
      )}
      {asking && (
        <InPlaceConfirm
          label={props.label}
          question={props.question}
          yes={props.yes}
          keep={props.keep}
          onYes={remove}
          onKeep={() => setAsking(false)}
        />
      )}
      {problem && (
        <p className="rx-error" role="alert">
          {say(problem)} {props.afterProblem?.(problem)}
        </p>
      )}
    </section>
  );
}
