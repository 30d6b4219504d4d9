import { useSyncExternalStore } from 'react';
import { SaveAnnouncer } from '../app/SaveAnnouncer';
import type { PageTracker } from '../editor/pages/PageTracker';
import type { ArticleDraft } from './ArticleDraft';
import { useSaveState } from './useSaveState';
import { useI18n } from '../i18n/I18n';
import { PageIndicator } from './PageIndicator';
import { ReloadArticle } from './ReloadArticle';
import { deletedElsewhere } from './deletedElsewhere';
import { SaveAsNewArticle } from './SaveAsNewArticle';
import { CopyText, noSaveWorks } from '../app/CopyText';

/**
 * The save state (a `status`: "Saved" only once the save is committed; said aloud only when it
 * matters, by SaveAnnouncer), the word count and the pages (`Page X of Y`, the page's words, the page navigator).
 */
export function StatusLine(props: {
  draft: ArticleDraft;
  words: number;
  /** Null until the body has been counted once. */
  characters: number | null;
  pages: PageTracker;
  onReload: () => void;
  /** The text was kept as a new article (its own was deleted elsewhere): that one opens. */
  onSavedAsNew: (id: string) => void;
}) {
  const { t, say } = useI18n();
  const save = useSaveState(props.draft);
  const asked = useSyncExternalStore(props.draft.subscribe, props.draft.getRequestedSaves);
  // Read with the state it belongs to: a refusal because the article is gone says so plainly.
  const deleted = save.kind === 'failed' && deletedElsewhere(save.error, props.draft.id);
  const text = deleted
    ? t('save.deletedElsewhere')
    : save.kind === 'saved'
      ? t('save.saved')
      : save.kind === 'saving'
        ? t('save.saving')
        : save.kind === 'dirty'
          ? t('save.unsaved')
          : t('save.failed', { message: say(save.error) });
  return (
    <footer className="rx-status-line">
      {/* The role is the save state's (NEWSROOM.md); what is said aloud is the announcer's. */}
      <span role="status" aria-live="off" className={`rx-save rx-save-${save.kind}`}>
        {text}
      </span>
      <SaveAnnouncer
        kind={save.kind === 'saved' || save.kind === 'failed' ? save.kind : 'other'}
        failure={save.kind === 'failed' ? text : ''}
        asked={asked}
      />
      {/* Reloading an article deleted elsewhere would only lose the text: it is kept as a new one. */}
      {deleted && <SaveAsNewArticle draft={props.draft} onSaved={props.onSavedAsNew} />}
      {/* A tab whose access key went stale cannot save at all, nor a text refused over another
          window's change: it can be taken along (before Reload article replaces it). */}
      {!deleted && save.kind === 'failed' && noSaveWorks(save.error) && (
        <CopyText text={() => props.draft.plainText()} />
      )}
      {!deleted &&
        save.kind === 'failed' &&
        (save.error.code === 'CONFLICT' || save.error.code === 'NOT_FOUND') && (
          <ReloadArticle onReload={props.onReload} />
        )}
      <span className="rx-words">{t('words.count', { n: props.words })}</span>
      {props.characters !== null && (
        <span className="rx-characters">{t('characters.count', { n: props.characters })}</span>
      )}
      <PageIndicator tracker={props.pages} />
    </footer>
  );
}
