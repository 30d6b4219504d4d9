import { useEffect, useState } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus, type ArticleSummary } from '../../shared/api/article';
import type { Source } from '../../shared/api/source';
import type { ApiErrorShape } from '../../shared/api/errors';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18n';

const SEARCH_DELAY_MS = 150;

function useArticles(
  query: string,
  status: ArticleStatus | '',
  rubric: string,
  tag: string,
  sourceId: string,
) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<ApiErrorShape | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        void api('articles.list', {
          ...(query.trim() ? { query } : {}),
          ...(status ? { status } : {}),
          ...(rubric ? { rubric } : {}),
          ...(tag ? { tag } : {}),
          ...(sourceId ? { sourceId } : {}),
        }).then((result) => {
          if (!current) return;
          if (result.ok) {
            setArticles(result.value);
            setError(null);
          } else setError(result.error);
        });
      },
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, status, rubric, tag, sourceId]);
  return { articles, error };
}

/** All articles, newest change first; search and filters by status and rubric. */
export function ArticleList({ onOpen, onCreate }: { onOpen: (id: string) => void; onCreate: () => void }) {
  const { t, language, say } = useI18n();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [rubric, setRubric] = useState('');
  const [rubrics, setRubrics] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [sourceId, setSourceId] = useState('');
  const [sources, setSources] = useState<Source[]>([]);
  const { articles, error } = useArticles(query, status, rubric, tag, sourceId);
  const dates = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  useEffect(() => {
    void api('articles.rubrics', {}).then((result) => result.ok && setRubrics(result.value));
    void api('articles.tags', { limit: 500 }).then((result) => result.ok && setTags(result.value));
    void api('sources.list', { limit: 1_000 }).then((result) => result.ok && setSources(result.value));
  }, []);

  const filtered = query.trim() !== '' || status !== '' || rubric !== '' || tag !== '' || sourceId !== '';
  return (
    <section className="rx-list" aria-label={t('nav.articles')}>
      <div className="rx-list-bar">
        <button type="button" className="rx-primary" onClick={onCreate}>
          {t('list.new')}
        </button>
        <input
          type="search"
          className="rx-search"
          aria-label={t('list.search')}
          placeholder={t('list.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          aria-label={t('list.filterStatus')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ArticleStatus | '')}
        >
          <option value="">{t('list.status.all')}</option>
          {ARTICLE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('list.filterRubric')}
          value={rubric}
          onChange={(event) => setRubric(event.target.value)}
        >
          <option value="">{t('list.rubric.all')}</option>
          {rubrics.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <select aria-label={t('list.filterTag')} value={tag} onChange={(event) => setTag(event.target.value)}>
          <option value="">{t('list.tag.all')}</option>
          {[...tags]
            .sort((a, b) => a.localeCompare(b))
            .map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
        </select>
        <select
          aria-label={t('list.filterSource')}
          value={sourceId}
          onChange={(event) => setSourceId(event.target.value)}
        >
          <option value="">{t('list.source.all')}</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="rx-error" role="alert">
          {say(error)}
        </p>
      )}
      {articles && articles.length === 0 && (
        <p className="rx-empty">{filtered ? t('list.noMatch') : t('list.empty')}</p>
      )}
      {articles && articles.length > 0 && (
        <ul className="rx-rows" aria-label={t('list.count', { n: articles.length })}>
          {articles.map((article) => (
            <li key={article.id}>
              <a
                className="rx-row-link"
                href={`#/article/${article.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(article.id);
                }}
              >
                <span className="rx-row-rubric">{article.rubric}</span>
                <span className="rx-row-headline">{article.headline || t('list.untitled')}</span>
                {article.snippet && <span className="rx-row-snippet">{article.snippet}</span>}
                <span className="rx-row-meta">
                  <span className={`rx-badge rx-badge-${article.status}`}>
                    {t(`status.${article.status}`)}
                  </span>
                  <time dateTime={article.updatedAt}>
                    {t('list.changed', { when: dates.format(new Date(article.updatedAt)) })}
                  </time>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
