import { useCallback, useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import type { ApiErrorShape } from '../../../shared/api/errors';
import type { StoredDocument } from '../../../shared/editor/document';
import { splitPages } from '../../../shared/pages/split';
import { ALL_PAGES_FILE, pageFileName } from '../../../shared/render/page';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18n';
import { useMediaKey } from '../../photos/media';
import { $caretPage } from '../pages/measurePages';
import { OPEN_PAGE_PREVIEW_COMMAND } from '../pages/pageBreaks';
import { usePageTracker } from '../pages/PageTracker';
import { focusBody } from '../focusBody';
import { keepFocusInDialog, modalKeyDown } from '../../app/modalKeys';
import { LiveAnnouncement, useSaid } from '../../app/LiveAnnouncement';

export interface PagePreviewProps {
  articleId: string;
  /** Saves what is typed so far (the preview shows the stored article); false when it could not. */
  beforePreview: () => Promise<boolean>;
  /** Leaves the article for the list: the preview's way on once the article is gone. */
  onAllArticles: () => void;
}

/** The store's NOT_FOUND once the article was deleted (in another window or tab); null while it is there. */
async function goneReason(articleId: string): Promise<ApiErrorShape | null> {
  return (await storedArticle(articleId)).gone;
}

/** The stored article's number of pages (null when it cannot be read), or why it is gone. */
async function storedArticle(
  articleId: string,
): Promise<{ pages: number | null; gone: ApiErrorShape | null }> {
  const found = await api('articles.get', { id: articleId });
  if (found.ok) return { pages: splitPages(found.value.body).length, gone: null };
  return { pages: null, gone: found.error.code === 'NOT_FOUND' ? found.error : null };
}

/** Whether a link's address is a page the preview serves (this article's package or another's). */
const inPreview = (href: string): boolean => {
  const url = new URL(href, window.location.href);
  return url.origin === window.location.origin && url.pathname.startsWith('/preview/');
};

const PAGE_FILE = /(?:^|\/)(?:index|page-(\d+))\.html$/;
const ALL_FILE = /(?:^|\/)all\.html$/;
/** The navigator's place: a page's number, or 0 for the whole article (the package's all.html). */
const WHOLE = 0;

/**
 * Preview page: any page exactly as the export writes it — the export itself renders the saved
 * article's package (services/export/preview.ts) and the frame shows its page, stylesheet and images,
 * header, photos, sources and pagination included. Opened at the caret's page.
 */
export function PagePreviewPlugin({ articleId, beforePreview, onAllArticles }: PagePreviewProps) {
  const [editor] = useLexicalComposerContext();
  const { t, say } = useI18n();
  const tracker = usePageTracker();
  const mediaKey = useMediaKey();
  /** A link out of the package clicked in the page: not followed, and said. */
  const [outside, setOutside] = useState<string | null>(null);
  // Another article followed to from the page, and this one brought back: the navigator's words
  // change with no focus moving to them, so they are said.
  const [said, sayNow] = useSaid();
  const [preview, setPreview] = useState<{
    count: number;
    number: number;
    unsaved: boolean;
    /** The article was deleted meanwhile: the dialog says so in place of a page the service no longer has. */
    gone: ApiErrorShape | null;
    /** The frame followed a related link to another article's page: the navigator is not on this one's. */
    away: boolean;
    /** The file the navigator sent the frame to, and how many times: a page's own links move the frame alone. */
    file: string;
    loads: number;
  } | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let timer: number | undefined;
    let gone = false;
    const unregister = editor.registerCommand(
      OPEN_PAGE_PREVIEW_COMMAND,
      () => {
        // Outside this command's own update: a break waiting on an emptied page goes first (an
        // update of its own, which a nested one would only join later), then the save, and the
        // pages are counted after it — never an empty page the preview does not have.
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          void beforePreview().then(async (saved) => {
            // A save refused because the article was deleted in another window or tab: no frame
            // showing the service's bare "Not found", and no save warning beside it. (Deleted with
            // nothing to save, the frame's answer says so: checkGone. A saved article is there.)
            // Not saved (refused, or the service away): the frame shows the stored article, so its
            // pages are counted, not the editor's — a break typed since would be a page it lacks.
            const stored = saved ? null : await storedArticle(articleId);
            const deleted = stored?.gone ?? null;
            if (gone) return; // the article was left meanwhile
            const state = editor.getEditorState();
            const count = stored?.pages ?? splitPages(state.toJSON() as unknown as StoredDocument).length;
            // The caret's page now (the tracker counts after a pause, so it can be a move behind).
            const caretPage = state.read($caretPage) ?? tracker.getSnapshot().current;
            const number = Math.min(caretPage, count);
            setPreview({
              count,
              number,
              unsaved: !saved,
              gone: deleted,
              away: false,
              file: pageFileName(number),
              loads: 0,
            });
          });
        }, 0);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
    return () => {
      gone = true;
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, tracker, beforePreview, articleId]);
  const isOpen = preview !== null;
  useEffect(() => {
    if (!isOpen) return;
    dialog.current?.focus();
    // Tab out of the exported page's last link is decided in the frame's document, where the dialog's
    // own trap does not hear it: Chromium may then put the focus on the article behind. It comes back
    // to Close, the next stop after the page.
    const keepInside = (event: FocusEvent) => {
      const element = dialog.current;
      if (!element || element.contains(event.target as Node)) return;
      element.querySelector<HTMLElement>('[data-preview-close]')?.focus();
    };
    document.addEventListener('focusin', keepInside);
    return () => document.removeEventListener('focusin', keepInside);
  }, [isOpen]);
  // "Next page" pressed on the way to the last page is disabled there, which drops the focus to the
  // page behind (and Escape with it): it goes to the other way through the pages instead.
  const shown = preview?.number;
  useEffect(() => {
    const element = dialog.current;
    if (!element || shown === undefined) return;
    const active = document.activeElement;
    if (element.contains(active) && !(active as HTMLButtonElement).disabled) return;
    if (active !== document.body && active !== null && !element.contains(active)) return;
    const ways = [...element.querySelectorAll<HTMLButtonElement>('[data-page-step]:not([disabled])')];
    (ways[0] ?? element).focus();
  }, [shown]);
  // "Back to this article" goes as it brings the article back, which drops the focus to the page
  // behind (and Escape with it): it goes to the navigator's button for the page shown instead.
  const away = preview?.away;
  useEffect(() => {
    const element = dialog.current;
    if (!element || away !== false) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    (element.querySelector<HTMLElement>('nav [aria-current="page"]') ?? element).focus();
  }, [away]);
  // Once the article is gone, the focus goes to the way on: back to the list.
  const goneNow = Boolean(preview?.gone);
  useEffect(() => {
    if (goneNow) dialog.current?.querySelector<HTMLElement>('[data-preview-back]')?.focus();
  }, [goneNow]);
  const close = useCallback(() => {
    setPreview(null);
    setOutside(null);
    sayNow('');
    focusBody(editor);
  }, [editor, sayNow]);
  // A frame that shows something other than a page may mean the article was deleted since it opened.
  const checkGone = useCallback(() => {
    void goneReason(articleId).then((deleted) => {
      if (deleted) setPreview((current) => current && { ...current, gone: deleted });
    });
  }, [articleId]);

  if (!preview || !mediaKey) return null;
  const { count, number, unsaved, gone } = preview;
  const whereShown = (page: number) =>
    page === WHOLE ? t('preview.whole') : t('pages.indicator', { x: page, y: count });
  // The navigator's choice: the frame loads it (again, even when it is the file it was last sent to).
  const show = (next: number) => {
    setOutside(null);
    if (preview.away) sayNow(t('preview.backShown', { where: whereShown(next) }));
    setPreview({
      ...preview,
      number: next,
      away: false,
      file: next === WHOLE ? ALL_PAGES_FILE : pageFileName(next),
      loads: preview.loads + 1,
    });
  };
  const address = `preview/${encodeURIComponent(mediaKey)}/${articleId}/${preview.file}`;
  // The page's own pagination links navigate inside the frame: follow them in the navigator.
  const followFrame = (frame: HTMLIFrameElement) => {
    setOutside(null);
    let path: string;
    let page: boolean;
    try {
      path = frame.contentWindow?.location.pathname ?? '';
      // The service answers a file it does not have in plain text ("Not found").
      page = frame.contentDocument?.contentType === 'text/html';
      // Keys pressed in the page (after a click in it, or Tab onto its links) stay in its document:
      // Escape closes the preview from there too. The listener is this window's: the frame runs none.
      frame.contentDocument?.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') close();
      });
      // A link out of the package (a web address in the text, a path on the publication's site) is
      // not followed: the frame would show the browser's error page, the navigator lost. Said instead.
      frame.contentDocument?.addEventListener('click', (event) => {
        const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
        if (!link || inPreview(link.href)) return;
        event.preventDefault();
        setOutside(link.href);
      });
    } catch {
      checkGone();
      return; // an error page (a link out of the package) has another origin
    }
    if (!page) return checkGone();
    // `/preview/<key>/<article>/<file>`: a related link leads to another article's package.
    if (path.split('/')[3] !== articleId) {
      if (!preview.away) {
        setPreview({ ...preview, away: true });
        sayNow(t('preview.elsewhere'));
      }
      return;
    }
    const match = PAGE_FILE.exec(path);
    const shown = match ? (match[1] ? Number(match[1]) : 1) : ALL_FILE.test(path) ? WHOLE : null;
    // Followed, not reloaded: the frame is already there.
    if (shown !== null && (shown !== number || preview.away)) {
      if (preview.away) sayNow(t('preview.backShown', { where: whereShown(shown) }));
      setPreview({ ...preview, number: shown, away: false });
    }
  };
  return (
    <div className="rx-modal-backdrop" onMouseDown={keepFocusInDialog}>
      <div
        ref={dialog}
        className={gone ? 'rx-modal rx-preview rx-preview-gone' : 'rx-modal rx-preview'}
        role="dialog"
        aria-modal="true"
        aria-label={t('preview.dialog')}
        tabIndex={-1}
        onKeyDown={(event) => modalKeyDown(event, close)}
      >
        <h2>{t('preview.dialog')}</h2>
        {gone ? (
          // As the article view says it once reloaded: the same words, and the same way back.
          <p className="rx-error" role="alert">
            {say(gone)}
          </p>
        ) : (
          <>
            {unsaved && (
              <p className="rx-error" role="alert">
                {t('preview.unsaved')}
              </p>
            )}
            <nav className="rx-preview-nav" aria-label={t('pages.navigator')}>
              <button
                type="button"
                className="rx-secondary"
                data-page-step="previous"
                disabled={number <= 1}
                onClick={() => show(number - 1)}
              >
                {t('preview.previous')}
              </button>
              <span className="rx-preview-of">
                {preview.away ? t('preview.elsewhere') : whereShown(number)}
              </span>
              {preview.away && (
                <button type="button" className="rx-secondary" onClick={() => show(number)}>
                  {t('preview.backHere')}
                </button>
              )}
              {Array.from({ length: count }, (_, index) => index + 1).map((page) => (
                <button
                  key={page}
                  type="button"
                  className="rx-secondary"
                  aria-label={t('preview.goTo', { n: page })}
                  aria-current={page === number && !preview.away ? 'page' : undefined}
                  onClick={() => show(page)}
                >
                  {page}
                </button>
              ))}
              <button
                type="button"
                className="rx-secondary"
                data-page-step="next"
                disabled={number === WHOLE || number === count}
                onClick={() => show(number + 1)}
              >
                {t('preview.next')}
              </button>
              {count > 1 && (
                <button
                  type="button"
                  className="rx-secondary"
                  aria-current={number === WHOLE && !preview.away ? 'page' : undefined}
                  onClick={() => show(WHOLE)}
                >
                  {t('preview.whole')}
                </button>
              )}
            </nav>
            <LiveAnnouncement said={said} />
            <p role="status" className="rx-preview-outside">
              {outside ? t('preview.outside', { address: outside }) : ''}
            </p>
            {/* Same origin for its stylesheet and images; no scripts (the page has none, and its policy forbids them). */}
            <iframe
              key={preview.loads}
              className="rx-exported-page"
              title={
                preview.away
                  ? t('preview.elsewhere')
                  : number === WHOLE
                    ? t('preview.frameWhole')
                    : t('preview.frame', { n: number })
              }
              sandbox="allow-same-origin"
              src={address}
              onLoad={(event) => followFrame(event.currentTarget)}
            />
          </>
        )}
        <div className="rx-modal-actions">
          {gone && (
            <button
              type="button"
              className="rx-secondary"
              data-preview-back
              onClick={() => {
                setPreview(null);
                onAllArticles();
              }}
            >
              ← {t('article.back')}
            </button>
          )}
          <button type="button" className="rx-secondary" data-preview-close onClick={close}>
            {t('preview.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
