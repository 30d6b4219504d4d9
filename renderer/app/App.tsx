import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/api/settings';
import { api } from '../api/client';
import { ArticleList } from '../articles/ArticleList';
import { ArticleView } from '../articles/ArticleView';
import { rememberCreated } from '../articles/listMemory';
import { discardedAsThePageWent, markCreatedHere } from '../articles/newArticles';
import { I18nProvider, createI18n } from '../i18n/I18n';
import { PhotoDesk } from '../photos/PhotoDesk';
import { SettingsView } from '../settings/SettingsView';
import { SourcesView } from '../sources/SourcesView';
import { PublicationContext } from './Publication';
import { Notices, type Notice } from './Notices';
import { PasteCutNote } from './PasteCutNote';
import { LeaveGuard } from './LeaveGuard';
import { ImportLeaveGuard } from '../photos/ImportLeaveGuard';
import { undoFocused } from './undoTargets';
import { useRoute } from './useRoute';
import { useBackInView } from './useBackInView';
import { useDocumentTitle } from './useDocumentTitle';

/** An article this window just made: the list shows it where it belongs, and left empty it goes. */
function madeHere(id: string): void {
  rememberCreated(id);
  markCreatedHere(id);
}

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // The defaults stand in until the stored settings arrive; the Settings view waits for those, or
  // leaving one of its fields would save a default over what is stored.
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  /** The headline of the article just deleted: the list says so once, as it opens. */
  const [deleted, setDeleted] = useState<string | null>(null);
  const { route, go, held, retry, stay, leave } = useRoute();
  const { t } = createI18n(settings.uiLanguage);
  // Stable: the article's body editor (memoised) takes it for its page preview's way back.
  const backToList = useCallback(() => void go({ view: 'articles' }), [go]);

  // Each save's answer is the newest settings; a read it overtook is older than that.
  const settingsSaves = useRef(0);
  const settingsSaved = useCallback((saved: Settings) => {
    settingsSaves.current += 1;
    setSettings(saved);
  }, []);
  const readSettings = useCallback(() => {
    const savesBefore = settingsSaves.current;
    void api('settings.get', {}).then((result) => {
      if (!result.ok)
        return setNotices((current) =>
          current.some((notice) => notice.message === result.error.message)
            ? current
            : [...current, result.error],
        );
      if (settingsSaves.current !== savesBefore) return;
      setSettings(result.value);
      setSettingsLoaded(true);
    });
  }, []);

  useEffect(() => {
    readSettings();
    void api('app.status', {}).then((result) => {
      if (result.ok) setNotices(result.value.notices);
      else setNotices([result.error]);
    });
  }, [readSettings]);
  // Another window or tab may have changed the settings meanwhile: read them again when this one
  // comes back, so Settings shows (and the editor uses) what is stored, not what was read at start.
  useBackInView(readSettings);

  // Said while the list is open; leaving the list ends it, so coming back later says nothing again.
  const [shownRoute, setShownRoute] = useState(route);
  if (shownRoute !== route) {
    setShownRoute(route);
    if (shownRoute.view === 'articles') setDeleted(null);
  }

  useEffect(() => {
    document.documentElement.lang = settings.uiLanguage;
  }, [settings.uiLanguage]);
  const viewTitles = {
    articles: t('nav.articles'),
    photos: t('nav.photos'),
    sources: t('nav.sources'),
    settings: t('nav.settings'),
  } as const;
  useDocumentTitle(route.view === 'article' ? null : viewTitles[route.view], t('app.name'));

  // One at a time: Enter held or pressed again on New article (or its menu item) while the first is
  // being made would make more, which nobody opens and so nobody discards.
  const creating = useRef(false);
  const createArticle = useCallback(async () => {
    if (creating.current) return;
    creating.current = true;
    try {
      const result = await api('articles.create', {});
      if (result.ok) {
        madeHere(result.value.id);
        await go({ view: 'article', id: result.value.id });
      } else setNotices((current) => [...current, result.error]);
    } finally {
      creating.current = false;
    }
  }, [go]);

  // Reloaded on a new article left empty: the page that went discarded it, so a fresh one opens
  // in its place (the address replaced, so Back does not lead to the one deleted).
  const [replaced] = useState(() =>
    route.view === 'article' && discardedAsThePageWent(route.id) ? route.id : null,
  );
  useEffect(() => {
    if (replaced === null) return;
    void api('articles.create', {}).then((result) => {
      if (result.ok) madeHere(result.value.id);
      window.location.replace(result.ok ? `#/article/${result.value.id}` : '#/articles');
    });
  }, [replaced]);

  useEffect(
    () =>
      window.redaksi?.onMenu?.((action) => {
        if (action === 'new-article') void createArticle();
        else undoFocused(action);
      }),
    [createArticle],
  );

  return (
    <I18nProvider language={settings.uiLanguage}>
      <PublicationContext.Provider value={settings.publication}>
        <div className="rx-app">
          <nav className="rx-nav" aria-label={t('nav.label')}>
            <span className="rx-brand">{t('app.name')}</span>
            <button
              type="button"
              aria-current={route.view === 'articles' || route.view === 'article' ? 'page' : undefined}
              onClick={() => void go({ view: 'articles' })}
            >
              {t('nav.articles')}
            </button>
            <button
              type="button"
              aria-current={route.view === 'photos' ? 'page' : undefined}
              onClick={() => void go({ view: 'photos' })}
            >
              {t('nav.photos')}
            </button>
            <button
              type="button"
              aria-current={route.view === 'sources' ? 'page' : undefined}
              onClick={() => void go({ view: 'sources', id: null })}
            >
              {t('nav.sources')}
            </button>
            <button
              type="button"
              aria-current={route.view === 'settings' ? 'page' : undefined}
              onClick={() => void go({ view: 'settings' })}
            >
              {t('nav.settings')}
            </button>
          </nav>
          <main className="rx-main">
            <PasteCutNote />
            <Notices
              notices={notices}
              onDismiss={(index) => setNotices((current) => current.filter((_, i) => i !== index))}
            />
            {held && <LeaveGuard held={held} onRetry={() => void retry()} onStay={stay} onLeave={leave} />}
            <ImportLeaveGuard />
            {route.view === 'articles' && (
              <ArticleList
                deleted={deleted}
                onOpen={(id) => void go({ view: 'article', id })}
                onCreate={() => void createArticle()}
              />
            )}
            {route.view === 'article' && route.id !== replaced && (
              <ArticleView
                id={route.id}
                slugLanguage={settings.publication.language}
                onBack={backToList}
                onDeleted={(headline) => {
                  setDeleted(headline);
                  void go({ view: 'articles' });
                }}
                onOpen={(id) => {
                  rememberCreated(id);
                  void go({ view: 'article', id });
                }}
              />
            )}
            {route.view === 'photos' && (
              <PhotoDesk onOpenArticle={(id) => void go({ view: 'article', id })} />
            )}
            {route.view === 'sources' && (
              <SourcesView
                selectedId={route.id}
                onSelect={(id) => void go({ view: 'sources', id })}
                onOpenArticle={(id) => void go({ view: 'article', id })}
              />
            )}
            {route.view === 'settings' &&
              (settingsLoaded ? (
                <SettingsView settings={settings} onSaved={settingsSaved} />
              ) : (
                <p className="rx-loading">{t('settings.loading')}</p>
              ))}
          </main>
        </div>
      </PublicationContext.Provider>
    </I18nProvider>
  );
}
