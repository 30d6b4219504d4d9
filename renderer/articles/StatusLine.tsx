import { useSyncExternalStore } from 'react';
import { SaveAnnouncer } from '../app/SaveAnnouncer';
import type { PageTracker } from '../editor/pages/PageTracker';
import type { ArticleDraft } from './ArticleDraft';
import { useSaveState } from './useSaveState';
import { useI18n } from '../i18n/I18n';
import { PageIndicator } from './PageIndicator';
import { ReloadArticle } from './ReloadArticle';

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
}) {
  const { t, say } = useI18n();
  const save = useSaveState(props.draft);
  const asked = useSyncExternalStore(props.draft.subscribe, props.draft.getRequestedSaves);
  const text =
    save.kind === 'saved'
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
      {save.kind === 'failed' && (save.error.code === 'CONFLICT' || save.error.code === 'NOT_FOUND') && (
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
