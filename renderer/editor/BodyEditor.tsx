import { memo, useMemo, useState } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { createEmptyHistoryState, HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditorState } from 'lexical';
import type { StoredDocument } from '../../shared/editor/document';
import { hasCredentials, isSafeUrl } from '../../shared/text/urls';
import { useI18n } from '../i18n/I18n';
import { usePublication } from '../app/Publication';
import { EDITOR_NODES } from './nodes/editorNodes';
import { PageNotice } from './pages/PageNotice';
import { AutoSplitPlugin } from './plugins/AutoSplitPlugin';
import { BodyHeadContext } from './BodyHead';
import { BodyHistoryContext } from './bodyHistory';
import { BodyPlacesPlugin } from './plugins/BodyPlacesPlugin';
import type { BodyPlaces } from './bodyPlaces';
import { BodyLoadPlugin } from './plugins/BodyLoadPlugin';
import { PhotoWordsUndoPlugin } from './plugins/PhotoWordsUndoPlugin';
import { BlockAnnouncerPlugin } from './plugins/BlockAnnouncerPlugin';
import { BlockSelectionPlugin } from './plugins/BlockSelectionPlugin';
import { BlockWindowPlugin } from './plugins/BlockWindowPlugin';
import { CaretInSightPlugin } from './plugins/CaretInSightPlugin';
import { ChangePlugin, type TextCount } from './plugins/ChangePlugin';
import { InsertMenuPlugin } from './plugins/InsertMenuPlugin';
import { LateSelectionPlugin } from './plugins/LateSelectionPlugin';
import { TripleClickPlugin } from './plugins/TripleClickPlugin';
import { QuoteEnterPlugin } from './plugins/QuoteEnterPlugin';
import { LinkEditorPlugin } from './plugins/LinkEditorPlugin';
import { ListIndentPlugin } from './plugins/ListIndentPlugin';
import { OwnUndoPlugin } from './plugins/OwnUndoPlugin';
import { PageBreakPlugin } from './plugins/PageBreakPlugin';
import { PagePreviewPlugin, type PagePreviewProps } from './plugins/PagePreviewPlugin';
import { PageTrackerPlugin } from './plugins/PageTrackerPlugin';
import { PasteCleanupPlugin } from './plugins/PasteCleanupPlugin';
import { PhotoPlugin } from './plugins/PhotoPlugin';
import { QuoteHintPlugin } from './plugins/QuoteHintPlugin';
import { ReactCommitPlugin } from './plugins/ReactCommitPlugin';
import { RelatedLinkPlugin } from './plugins/RelatedLinkPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { SourceTagPlugin } from './plugins/SourceTagPlugin';
import { TypingUndoPlugin } from './plugins/TypingUndoPlugin';
import { bodyTheme } from './theme';
import { BODY_NAMESPACE } from './redaksiCopy';
import { Toolbar } from './Toolbar';

// Pasting text over a selection makes a link only when the text is a full address, not any word, and
// one that names no user or password (PasteCleanupPlugin refuses those first, saying why).
const isAbsoluteLink = (url: string): boolean =>
  /^(https?:\/\/|mailto:)/i.test(url) && isSafeUrl(url) && !hasCredentials(url);

export interface BodyEditorProps extends PagePreviewProps {
  /** The stored body; read once when the editor mounts (remount with a new `key` for another article). */
  initialBody: StoredDocument;
  /** The state parsed from `initialBody`, before any change. */
  onLoad: (state: EditorState) => void;
  /** What the plugins tidy as the body opens, before the user's first change (not an edit). */
  onTidy: (state: EditorState) => void;
  /** `saveNow`: a finished act (a source tagged or untagged) to save at once, not after a pause. */
  onChange: (state: EditorState, saveNow: boolean) => void;
  onWordCount: (count: TextCount) => void;
  onBlur: () => void;
  onError: (error: Error) => void;
  /** Where the export dialog's findings take the editor (a photo block). */
  places: BodyPlaces;
}

/**
 * The article body: Lexical with Redaksi's node registry, toolbar, shortcuts, paste cleanup and pages
 * (the page plugins need a PageTrackerProvider around the editor).
 */
// Memoised: its props are stable, so a save-state or word-count change above it does not re-render
// the whole editor subtree while the user types (BENCHMARKS.md, B1).
export const BodyEditor = memo(BodyEditorView);

function BodyEditorView({
  articleId,
  beforePreview,
  onAllArticles,
  initialBody,
  onLoad,
  onTidy,
  onChange,
  onWordCount,
  onBlur,
  onError,
  places,
}: BodyEditorProps) {
  const { t } = useI18n();
  const publication = usePublication();
  const [head, setHead] = useState<HTMLDivElement | null>(null);
  // Shared with the insert menu, whose photo and link choices are one undo step over two updates.
  const [history] = useState(createEmptyHistoryState);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: BODY_NAMESPACE,
      nodes: [...EDITOR_NODES],
      theme: bodyTheme,
      // Loaded by BodyLoadPlugin, after the list handling (whose transform would mark every text node).
      editorState: null,
      onError,
    }),
    // The composer reads its config once; later changes to these props must not rebuild it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <BodyLoadPlugin body={initialBody} />
      <div className="rx-body-editor">
        <div className="rx-body-head">
          <Toolbar />
          <div ref={setHead} />
        </div>
        <BodyHeadContext.Provider value={head}>
          <LinkEditorPlugin />
          <SourceTagPlugin />
        </BodyHeadContext.Provider>
        <RichTextPlugin
          contentEditable={
            // The placeholder is placed on the body's first line, wherever a wrapped toolbar ends.
            <div className="rx-body-frame">
              <ContentEditable
                className="rx-body"
                role="textbox"
                aria-multiline
                aria-label={t('body.label')}
                // The article's words are in the publication's language, whatever the interface's.
                lang={publication.language}
                aria-placeholder={t('body.placeholder')}
                placeholder={<div className="rx-body-placeholder">{t('body.placeholder')}</div>}
                spellCheck
              />
            </div>
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <ReactCommitPlugin />
        <HistoryPlugin externalHistoryState={history} />
        <PhotoWordsUndoPlugin />
        <OwnUndoPlugin />
        <TypingUndoPlugin />
        <ListIndentPlugin />
        <LinkPlugin validateUrl={isAbsoluteLink} />
        <PasteCleanupPlugin />
        <PhotoPlugin />
        <BlockSelectionPlugin />
        <BlockAnnouncerPlugin />
        <CaretInSightPlugin />
        <BlockWindowPlugin />
        <LateSelectionPlugin />
        <TripleClickPlugin />
        <QuoteEnterPlugin />
        <RelatedLinkPlugin articleId={articleId} />
        <ShortcutsPlugin />
        <BodyHistoryContext.Provider value={history}>
          <InsertMenuPlugin />
        </BodyHistoryContext.Provider>
        <ChangePlugin
          onLoad={onLoad}
          onTidy={onTidy}
          onChange={onChange}
          onWordCount={onWordCount}
          onBlur={onBlur}
        />
        <PageBreakPlugin />
        <PageTrackerPlugin />
        <AutoSplitPlugin />
        <BodyPlacesPlugin places={places} />
        <PagePreviewPlugin
          articleId={articleId}
          beforePreview={beforePreview}
          onAllArticles={onAllArticles}
        />
        <PageNotice />
        <QuoteHintPlugin />
      </div>
    </LexicalComposer>
  );
}
