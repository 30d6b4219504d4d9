import { useEffect, useRef, useState } from 'react';
import type { ApiErrorShape } from '../../shared/api/errors';
import type { PhotoDetail } from '../../shared/api/photo';
import { api } from '../api/client';
import { InPlaceConfirm } from '../app/InPlaceConfirm';
import { useI18n } from '../i18n/I18n';
import { headlineShown } from '../articles/headlineShown';

/**
 * The articles using a photo, each a link to open it, those whose text shows the photo with words of
 * their own marked; and, after a correction here, the desk's words put into those articles (asked
 * first: it replaces what each article says under the photo). Keyed by the photo, so another photo
 * starts with nothing asked or said.
 */
export function PhotoUses(props: {
  detail: PhotoDetail;
  onOpenArticle: (id: string) => void;
  /** The articles were changed: the desk reads the photo's uses again. */
  onCopied: () => void;
  /** A change of the desk's words is on its way or failed: what is shown is not stored, so not copied. */
  unsaved: boolean;
}) {
  const { t, say } = useI18n();
  const { detail } = props;
  const differing = detail.usedIn.filter((use) => use.ownWords).length;
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [problem, setProblem] = useState<ApiErrorShape | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const wasAsking = useRef(false);
  const copying = useRef(false);
  // "Keep theirs" (or Escape) gives the focus back to the button; "Replace" takes the button away,
  // so the focus goes to what was done.
  useEffect(() => {
    if (wasAsking.current && !asking) (done === null ? button.current : status.current)?.focus();
    wasAsking.current = asking;
  }, [asking, done]);

  const copy = () => {
    if (copying.current) return;
    copying.current = true;
    const { caption, credit, altText } = detail;
    void api('photos.copyToArticles', { id: detail.id, caption, credit, altText }).then((result) => {
      copying.current = false;
      if (!result.ok) {
        setProblem(result.error);
        setAsking(false);
        return;
      }
      setDone(result.value.articles.length);
      setAsking(false);
      props.onCopied();
    });
  };

  if (detail.usedIn.length === 0) return null;
  return (
    <>
      <p className="rx-hint">{t('photos.usedIn.ownCopy')}</p>
      <ul className="rx-photo-uses">
        {detail.usedIn.map((article) => (
          <li key={article.id}>
            <button type="button" className="rx-link-button" onClick={() => props.onOpenArticle(article.id)}>
              {headlineShown(article.headline, t)}
            </button>
            {article.ownWords && <span className="rx-hint"> · {t('photos.usedIn.ownWords')}</span>}
          </li>
        ))}
      </ul>
      {differing > 0 && !asking && (
        <button
          ref={button}
          type="button"
          className="rx-secondary"
          disabled={props.unsaved}
          onClick={() => (setDone(null), setProblem(null), setAsking(true))}
        >
          {t('photos.copyToArticles', { n: differing })}
        </button>
      )}
      {asking && (
        <InPlaceConfirm
          label={t('photos.copyToArticles', { n: differing })}
          question={t('photos.copyToArticles.confirm')}
          yes={t('photos.copyToArticles.yes')}
          keep={t('photos.copyToArticles.no')}
          onYes={() => (props.unsaved ? setAsking(false) : copy())}
          onKeep={() => setAsking(false)}
        />
      )}
      <p ref={status} role="status" tabIndex={-1} className="rx-photo-copied">
        {done !== null && t('photos.copyToArticles.done', { n: done })}
      </p>
      {problem && (
        <p className="rx-error" role="alert">
          {say(problem)}
        </p>
      )}
    </>
  );
}
