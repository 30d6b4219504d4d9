import { useRef, useState, type FormEvent } from 'react';
import { useInitialFocus } from '../../app/useInitialFocus';
import { ARTICLE_QUERY_LIMIT, type ArticleSummary } from '../../../shared/api/article';
import type { RelatedLinkFields } from '../../../shared/editor/RelatedLinkNode';
import { RELATED_TITLE_MAX, RELATED_URL_MAX } from '../../../shared/editor/RelatedLinkNode';
import { api } from '../../api/client';
import { ComboboxOptions, useComboboxSearch } from '../../app/SearchCombobox';
import { useI18n } from '../../i18n/I18n';
import { hasCredentials, normalizeTypedUrl } from '../../../shared/text/urls';
import { relatedAddress } from './relatedLinks';
import { modalKeyDown } from '../../app/modalKeys';
import { headlineShown } from '../../articles/headlineShown';

const SHOWN = 20;

export interface RelatedLinkPickerProps {
  /** Insert or change: the dialog's title. */
  title: string;
  /** The article being written, never offered as its own related link. */
  articleId: string;
  /** The link being changed, if any (its address and title prefill the form). */
  current: RelatedLinkFields | null;
  onChoose: (fields: RelatedLinkFields) => void;
  onClose: () => void;
}

/**
 * Choose what a related link points to: another article of the library (type a few words of its
 * headline, arrows and Enter), or a web page with the title readers will click.
 */
export function RelatedLinkPicker({ title, articleId, current, onChoose, onClose }: RelatedLinkPickerProps) {
  const { t } = useI18n();
  const [url, setUrl] = useState(current?.target.kind === 'url' ? current.target.url : '');
  const [linkTitle, setLinkTitle] = useState(current?.target.kind === 'url' ? current.title : '');
  const [problem, setProblem] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);

  useInitialFocus(search, onClose);
  const pick = (article: ArticleSummary) =>
    onChoose({
      target: { kind: 'article', articleId: article.id },
      title: headlineShown(article.headline, t).slice(0, RELATED_TITLE_MAX),
    });

  const combo = useComboboxSearch(async (typed) => {
    const result = await api('articles.list', {
      ...(typed.trim() ? { query: typed } : {}),
      limit: SHOWN + 1,
    });
    return result.ok ? result.value.filter((article) => article.id !== articleId).slice(0, SHOWN) : null;
  }, pick);

  const addAddress = (event: FormEvent) => {
    event.preventDefault();
    const address = relatedAddress(url);
    if (!address)
      return setProblem(
        t(hasCredentials(normalizeTypedUrl(url)) ? 'related.credentials' : 'related.invalidUrl'),
      );
    // Normalising (https://, percent-encoding) may lengthen what was typed past what a save accepts.
    if (address.length > RELATED_URL_MAX) return setProblem(t('related.tooLong', { n: RELATED_URL_MAX }));
    if (!linkTitle.trim()) return setProblem(t('related.noTitle'));
    onChoose({ target: { kind: 'url', url: address }, title: linkTitle.trim() });
  };

  return (
    <div
      className="rx-modal-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        className="rx-modal rx-related-picker"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(event) => modalKeyDown(event, onClose)}
      >
        <h2>{title}</h2>
        <label className="rx-field">
          <span>{t('related.findArticle')}</span>
          <input ref={search} type="search" maxLength={ARTICLE_QUERY_LIMIT} {...combo.input} />
        </label>
        <ComboboxOptions
          {...combo.options}
          label={t('related.results')}
          className="rx-related-options"
          itemKey={(article) => article.id}
        >
          {(article) => (
            <>
              <span className="rx-option-name">{headlineShown(article.headline, t)}</span>
              <span className="rx-row-meta">
                {[article.rubric, t(`status.${article.status}`)].filter(Boolean).join(' · ')}
              </span>
            </>
          )}
        </ComboboxOptions>
        {combo.found && combo.found.length === 0 && <p className="rx-empty">{t('related.none')}</p>}
        <form className="rx-related-address" onSubmit={addAddress} noValidate>
          <h3>{t('related.orAddress')}</h3>
          <label className="rx-field">
            <span>{t('related.url')}</span>
            <input
              type="url"
              maxLength={RELATED_URL_MAX}
              value={url}
              onChange={(event) => (setUrl(event.target.value), setProblem(null))}
            />
          </label>
          <label className="rx-field">
            <span>{t('related.title')}</span>
            <input
              maxLength={RELATED_TITLE_MAX}
              value={linkTitle}
              onChange={(event) => (setLinkTitle(event.target.value), setProblem(null))}
            />
          </label>
          {problem && (
            <p className="rx-error" role="alert">
              {problem}
            </p>
          )}
          <div className="rx-modal-actions">
            <button type="submit">{t('related.add')}</button>
            <button type="button" className="rx-secondary" onClick={onClose}>
              {t('link.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
