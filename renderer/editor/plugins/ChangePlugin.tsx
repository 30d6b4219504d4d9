import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, BLUR_COMMAND, COMMAND_PRIORITY_LOW, type EditorState } from 'lexical';
import { countWords } from '../../../shared/text/words';

const WORD_COUNT_DELAY_MS = 250;

/**
 * Reports content changes (not selection moves) with the immutable editor state — serialising it
 * is left to the save, off the keystroke path — and a word count computed after typing pauses.
 */
export function ChangePlugin(props: {
  onChange: (state: EditorState) => void;
  onWordCount: (words: number) => void;
  onBlur: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const { onChange, onWordCount, onBlur } = props;
  useEffect(() => {
    let timer: number | undefined;
    const count = (state: EditorState) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(
        () => onWordCount(state.read(() => countWords($getRoot().getTextContent()))),
        WORD_COUNT_DELAY_MS,
      );
    };
    count(editor.getEditorState());
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has('redaksi-load')) return;
        onChange(editorState);
        count(editorState);
      }),
      editor.registerCommand(BLUR_COMMAND, () => (onBlur(), false), COMMAND_PRIORITY_LOW),
    );
    return () => {
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, onChange, onWordCount, onBlur]);
  return null;
}
