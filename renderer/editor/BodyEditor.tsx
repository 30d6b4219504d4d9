import { useMemo } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditorState } from 'lexical';
import type { StoredDocument } from '../../shared/editor/document';
import { BODY_NODES } from '../../shared/editor/nodes';
import { isSafeUrl } from '../../shared/text/urls';
import { useI18n } from '../i18n/I18n';
import { ChangePlugin } from './plugins/ChangePlugin';
import { LinkEditorPlugin } from './plugins/LinkEditorPlugin';
import { PasteCleanupPlugin } from './plugins/PasteCleanupPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { bodyTheme } from './theme';
import { Toolbar } from './Toolbar';

// Pasting text over a selection makes a link only when the text is a full address, not any word.
const isAbsoluteLink = (url: string): boolean => /^(https?:\/\/|mailto:)/i.test(url) && isSafeUrl(url);

export interface BodyEditorProps {
  /** The stored body; read once when the editor mounts (remount with a new `key` for another article). */
  initialBody: StoredDocument;
  onChange: (state: EditorState) => void;
  onWordCount: (words: number) => void;
  onBlur: () => void;
  onError: (error: Error) => void;
}

/** The article body: Lexical with Redaksi's node registry, toolbar, shortcuts and paste cleanup. */
export function BodyEditor({ initialBody, onChange, onWordCount, onBlur, onError }: BodyEditorProps) {
  const { t } = useI18n();
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'redaksi-body',
      nodes: [...BODY_NODES],
      theme: bodyTheme,
      editorState: JSON.stringify(initialBody),
      onError,
    }),
    // The composer reads its config once; later changes to these props must not rebuild it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="rx-body-editor">
        <Toolbar />
        <LinkEditorPlugin />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="rx-body"
              role="textbox"
              aria-multiline
              aria-label={t('body.label')}
              aria-placeholder={t('body.placeholder')}
              placeholder={<div className="rx-body-placeholder">{t('body.placeholder')}</div>}
              spellCheck
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isAbsoluteLink} />
        <PasteCleanupPlugin />
        <ShortcutsPlugin />
        <ChangePlugin onChange={onChange} onWordCount={onWordCount} onBlur={onBlur} />
      </div>
    </LexicalComposer>
  );
}
