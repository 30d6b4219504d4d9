import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { EditorState } from 'lexical';
import type { Article, ArticleFields } from '../../shared/api/article';
import type { ApiErrorShape } from '../../shared/api/errors';
import { api } from '../api/client';
import { BodyEditor } from '../editor/BodyEditor';
import type { TextCount } from '../editor/plugins/ChangePlugin';
import { PageTracker, PageTrackerProvider } from '../editor/pages/PageTracker';
import { useI18n } from '../i18n/I18n';
import { ArticleDraft } from './ArticleDraft';
import { ArticleSources } from './ArticleSources';
import { DeleteArticle } from './DeleteArticle';
import { FeaturedPhoto } from './FeaturedPhoto';
import { ExportDialog, type BodyPlace } from '../export/ExportDialog';
import { BodyPlaces } from '../editor/bodyPlaces';
import { MetadataForm } from './MetadataForm';
import { discardAsThePageGoes, discardIfEmpty } from './newArticles';
import { registerFlush } from './pendingSaves';
import { deletedElsewhere } from './deletedElsewhere';
import { commitFieldDrafts } from '../app/fieldDrafts';
import { StatusLine } from './StatusLine';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { headlineShown } from './headlineShown';
import { StatusNotice } from '../app/StatusNotice';
import { focusPlace, resumeAt, type ResumePlace } from './resumePlace';
import { useUpToDateOnReturn } from './useUpToDateOnReturn';

/** One open article: metadata, body, autosave and status line. */
function ArticleEditor({
  article,
  nameId,
  slugLanguage,
  onReload,
  onNewer,
  resume,
  noted,
  onEdited,
  onDeleted,
  onSavedAsNew,
  onBack,
}: {
  article: Article;
  /** The id its live name gets: the view is labelled by it, never by the headline it opened with. */
  nameId: string;
  slugLanguage: 'en' | 'id';
  onReload: () => void;
  /** Another window saved a newer revision (seen back in this one): shown instead, focus at `place`. */
  onNewer: (article: Article, place: ResumePlace | null) => void;
  /** Where the focus goes as it opens: where it was in the revision this one replaces. */
  resume: ResumePlace | null;
  /** The view says this revision was brought in from another window; `onEdited` once it is edited. */
  noted: boolean;
  onEdited: () => void;
  onDeleted: (headline: string) => void;
  onSavedAsNew: (id: string) => void;
  onBack: () => void;
}) {
  const [draft] = useState(() => new ArticleDraft(article, api));
  const { t } = useI18n();
  const fields = useSyncExternalStore(draft.subscribe, () => draft.fields);
  // Two windows on two articles are told apart by their headlines.
  useDocumentTitle(headlineShown(fields.headline, t), t('app.name'));
  const publishedAt = useSyncExternalStore(draft.subscribe, () => draft.publishedAt);
  const [count, setCount] = useState<TextCount | null>(null);
  const [pages] = useState(() => new PageTracker());
  const [places] = useState(() => new BodyPlaces());
  const [rubrics, setRubrics] = useState<string[]>([]);
  const root = useRef<HTMLDivElement>(null);

  // Back in this window with nothing unsaved, what another window saved or deleted shows.
  useUpToDateOnReturn(
    draft,
    useCallback(
      (newer: Article) => onNewer(newer, root.current ? focusPlace(root.current, places) : null),
      [onNewer, places],
    ),
  );
  // Reload article (asked first: it replaces the text) on an article deleted meanwhile in another
  // window would only say it no longer exists, the text gone: it is shown deleted instead, its text
  // kept for Save as new article.
  const reload = useCallback(() => {
    void api('articles.revision', { id: article.id }).then((stored) => {
      if (!stored.ok && deletedElsewhere(stored.error, article.id)) draft.goneElsewhere(stored.error);
      else onReload();
    });
  }, [article.id, draft, onReload]);
  const [resumeFrom] = useState(resume);
  useEffect(() => {
    if (resumeFrom && root.current) resumeAt(root.current, places, resumeFrom);
  }, [resumeFrom, places]);
  // The note goes at the first edit: one listener until then, none per key after.
  useEffect(() => {
    if (!noted) return;
    const stop = draft.subscribe(() => {
      if (draft.getSaveState().kind === 'saved') return;
      stop();
      onEdited();
    });
    return stop;
  }, [draft, noted, onEdited]);

  useEffect(() => {
    void api('articles.rubrics', {}).then((result) => result.ok && setRubrics(result.value));
  }, []);

  // Ctrl/Cmd+S saves now; leaving the article or closing the window first saves what is unsaved.
  useEffect(() => {
    const { autosave } = draft;
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 's'
      ) {
        event.preventDefault();
        // A photo's caption typed a moment ago is part of "now".
        commitFieldDrafts();
        void draft.saveOnRequest();
      }
    };
    window.addEventListener('keydown', onKey);
    // Closing the window or the tab with a new article left empty does not keep it either (a page
    // only hidden, kept by the browser to come back to, keeps it).
    const onPageHide = (event: PageTransitionEvent) => {
      if (event.persisted) return;
      // A field's typing still waiting for its pause counts (whichever pagehide listener runs first).
      commitFieldDrafts();
      discardAsThePageGoes(article.id, draft);
    };
    window.addEventListener('pagehide', onPageHide);
    // Leaving the article or closing the window waits for these saves (app/useRoute.ts).
    const unregister = registerFlush({
      settle: () => pages.releaseHeld(),
      flush: async () => {
        commitFieldDrafts();
        await autosave.flush();
        // A new article left empty is not kept (newArticles.ts).
        if (await discardIfEmpty(article.id, draft)) return null;
        if (!autosave.hasUnsavedChanges) return null;
        const state = draft.getSaveState();
        const unsaved = {
          headline: draft.fields.headline,
          error: state.kind === 'failed' ? state.error : null,
          text: () => draft.plainText(),
        };
        if (state.kind === 'failed' && deletedElsewhere(state.error, article.id))
          return { ...unsaved, saveAsNew: () => draft.saveAsNew() };
        return unsaved;
      },
      unsaved: () => autosave.hasUnsavedChanges,
    });
    return () => {
      unregister();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onPageHide);
      void autosave.flush();
    };
  }, [draft, pages, article.id]);

  const changeFields = useCallback((patch: Partial<ArticleFields>) => draft.changeFields(patch), [draft]);
  const bodyLoaded = useCallback((state: EditorState) => draft.bodyLoaded(state), [draft]);
  const bodyTidied = useCallback((state: EditorState) => draft.bodyTidied(state), [draft]);
  const changeBody = useCallback(
    (state: EditorState, saveNow: boolean) => {
      draft.changeBody(state);
      if (saveNow) void draft.autosave.flush();
    },
    [draft],
  );
  const flush = useCallback(() => void draft.autosave.flush(), [draft]);
  // Exported or previewed, the article is read as it will be published: no break waits any more.
  // False when the latest changes could not be saved (the export and the preview say so).
  const saveForPreview = useCallback(
    () => (pages.releaseHeld(), draft.saveAll()).then(() => !draft.autosave.hasUnsavedChanges),
    [draft, pages],
  );
  const [exporting, setExporting] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);
  // A preflight finding's "Show": the dialog closes and the editor goes to the page or photo.
  const showPlace = useCallback(
    ({ page, photo, where }: BodyPlace) => {
      setExporting(false);
      if (photo !== undefined) places.showPhoto(photo);
      else if (page !== undefined) pages.jumpTo(page, true, where);
    },
    [pages, places],
  );
  const reportEditorError = useCallback((error: Error) => console.error('[redaksi] editor error', error), []);

  return (
    <div
      ref={root}
      className="rx-article"
      // Leaving a field saves (as leaving the article does), even into the next field.
      onBlur={(event) => {
        const left = event.target instanceof HTMLElement && event.target.matches('input, textarea, select');
        if (left || !event.currentTarget.contains(event.relatedTarget)) flush();
      }}
    >
      {/* The article's heading for screen readers (their heading list starts with it), and the view's
          name; the Headline field shows the same words on screen. */}
      <h1 id={nameId} className="rx-visually-hidden">
        {headlineShown(fields.headline, t)}
      </h1>
      <div className="rx-article-bar">
        <span />
        <button ref={exportButton} type="button" className="rx-secondary" onClick={() => setExporting(true)}>
          {t('export.open')}
        </button>
      </div>
      {exporting && (
        <ExportDialog
          articleId={article.id}
          beforeExport={saveForPreview}
          onClose={() => {
            setExporting(false);
            // Back where it was opened from, not to the page.
            requestAnimationFrame(() => exportButton.current?.focus());
          }}
          onShow={showPlace}
        />
      )}
      <MetadataForm
        articleId={article.id}
        fields={fields}
        publishedAt={publishedAt}
        rubrics={rubrics}
        slugLanguage={slugLanguage}
        onChange={changeFields}
      />
      {/* Below the metadata, apart from the buttons used all day: found, but not hit by accident. */}
      <DeleteArticle draft={draft} onDeleted={onDeleted} onReload={reload} />
      <FeaturedPhoto
        photoId={fields.featuredPhotoId}
        onChange={(id) => changeFields({ featuredPhotoId: id })}
      />
      <PageTrackerProvider value={pages}>
        <BodyEditor
          articleId={article.id}
          places={places}
          beforePreview={saveForPreview}
          onAllArticles={onBack}
          initialBody={article.body}
          onLoad={bodyLoaded}
          onTidy={bodyTidied}
          onChange={changeBody}
          onWordCount={setCount}
          onBlur={flush}
          onError={reportEditorError}
        />
      </PageTrackerProvider>
      <ArticleSources articleId={article.id} draft={draft} />
      <StatusLine
        draft={draft}
        words={count?.words ?? article.wordCount}
        characters={count?.characters ?? null}
        pages={pages}
        onReload={reload}
        onSavedAsNew={onSavedAsNew}
      />
    </div>
  );
}

/** Loads an article by id and shows it, or says in plain words why it cannot be opened. */
export function ArticleView({
  id,
  slugLanguage,
  onBack,
  onDeleted,
  onOpen,
}: {
  id: string;
  slugLanguage: 'en' | 'id';
  onBack: () => void;
  /** The article was deleted (with the headline it had): the view goes back to the list. */
  onDeleted: (headline: string) => void;
  /** Another article is to be opened (the text of this one, deleted elsewhere, was kept as it). */
  onOpen: (id: string) => void;
}) {
  const { t, say } = useI18n();
  const nameId = useId();
  const [loads, setLoads] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; article?: Article; error?: ApiErrorShape } | null>(
    null,
  );
  const key = `${id}#${loads}`;
  // Brought up to date from another window's save: where the focus was, said until it is edited.
  const [newer, setNewer] = useState<{ article: Article; place: ResumePlace | null } | null>(null);
  const showNewer = useCallback(
    (stored: Article, place: ResumePlace | null) => {
      setNewer({ article: stored, place });
      // Read already: shown as Reload article shows it, without reading it again.
      setLoaded({ key, article: stored });
    },
    [key],
  );
  const unnote = useCallback(() => setNewer(null), []);

  useEffect(() => {
    let current = true;
    void api('articles.get', { id }).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { key, article: result.value } : { key, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [id, key]);
  const article = loaded?.key === key ? (loaded.article ?? null) : null;
  const error = loaded?.key === key ? (loaded.error ?? null) : null;
  const broughtIn = article !== null && newer?.article === article;
  // Until the article is there the title says so, not the headline of the one shown before.
  useDocumentTitle(article ? null : error ? t('article.title') : t('article.loading'), t('app.name'));

  // Opened (or reloaded), the article takes the focus the list or the button that opened it had: a
  // new, empty one in its Headline, any other as a whole (its name is read out; Tab goes on into it).
  const view = useRef<HTMLElement>(null);
  const opened = article ? `${article.id}:${article.revision}` : null;
  const fresh = article !== null && article.headline === '' && article.wordCount === 0;
  useEffect(() => {
    if (opened === null) return;
    const frame = requestAnimationFrame(() => {
      // Already somewhere (the user clicked or tabbed on meanwhile): left there.
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const headline = view.current?.querySelector<HTMLElement>('textarea[name="headline"]');
      (fresh && headline ? headline : view.current)?.focus({ preventScroll: !fresh });
    });
    return () => cancelAnimationFrame(frame);
  }, [opened, fresh]);

  return (
    <section
      ref={view}
      tabIndex={-1}
      className="rx-article-view"
      // Named by the headline as it is typed (ArticleEditor's hidden name), not as it was opened.
      {...(article ? { 'aria-labelledby': nameId } : { 'aria-label': t('article.loading') })}
    >
      {/* Where New article was: the second click of a double-click on it is not a wish to leave. */}
      <button type="button" className="rx-back" onClick={(event) => event.detail < 2 && onBack()}>
        ← {t('article.back')}
      </button>
      {error && (
        <p className="rx-error" role="alert">
          {say(error)}
        </p>
      )}
      {/* Always there, so a screen reader hears the words arriving in it. */}
      <StatusNotice className="rx-article-notice" text={broughtIn ? t('article.upToDate') : ''} />
      {!article && !error && <p className="rx-loading">{t('article.loading')}</p>}
      {article && (
        <ArticleEditor
          key={`${article.id}:${article.revision}`}
          article={article}
          nameId={nameId}
          slugLanguage={slugLanguage}
          onReload={() => setLoads((n) => n + 1)}
          onNewer={showNewer}
          resume={broughtIn ? newer.place : null}
          noted={broughtIn}
          onEdited={unnote}
          onDeleted={onDeleted}
          onSavedAsNew={onOpen}
          onBack={onBack}
        />
      )}
    </section>
  );
}
