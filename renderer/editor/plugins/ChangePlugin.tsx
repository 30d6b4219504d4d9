import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, BLUR_COMMAND, COMMAND_PRIORITY_LOW, type EditorState } from 'lexical';
import { countWords } from '../../../shared/text/words';
import { BlockResults, passInSlices } from '../blockPass';

const WORD_COUNT_DELAY_MS = 250;

/** What the status line shows of the body's size. */
export interface TextCount {
  words: number;
  /** Characters as a reader counts them (code points), spaces included, line and block breaks not. */
  characters: number;
}

function textCount(text: string): TextCount {
  let characters = 0;
  for (const character of text) if (character !== '\n') characters += 1;
  return { words: countWords(text), characters };
}

/**
 * Reports content changes (not selection moves) with the immutable editor state — serialising it
 * is left to the save, off the keystroke path — and a word count computed after typing pauses.
 */
export function ChangePlugin(props: {
  /** The state the editor opened with (called once per mount, before any change). */
  onLoad: (state: EditorState) => void;
  /** A state the plugins made as the body opened, before the user's first act: not an edit. */
  onTidy: (state: EditorState) => void;
  onChange: (state: EditorState) => void;
  onWordCount: (count: TextCount) => void;
  onBlur: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const { onLoad, onTidy, onChange, onWordCount, onBlur } = props;
  useEffect(() => {
    // After a pause only the edited blocks are read again (BlockResults), in slices (passInSlices).
    const blocks = new BlockResults<TextCount>();
    let timer: number | undefined;
    let stop = () => {};
    const count = (state: EditorState) => {
      window.clearTimeout(timer);
      stop();
      timer = window.setTimeout(() => {
        const keys = state.read(() => $getRoot().getChildrenKeys());
        const total: TextCount = { words: 0, characters: 0 };
        stop = passInSlices(
          state,
          keys.length,
          (index) => {
            const key = keys[index]!;
            const block = blocks.get(key, () => textCount($getNodeByKey(key)?.getTextContent() ?? ''));
            total.words += block.words;
            total.characters += block.characters;
          },
          () => {
            blocks.prune(keys);
            onWordCount(total);
          },
        );
      }, WORD_COUNT_DELAY_MS);
    };
    // What the plugins do as the body opens (transforms marking nodes dirty, rules taking out a break
    // a stored body should not have, a tidy-up after the first pause) is not an edit: until the user
    // first acts — a key, a pointer, any input, a cut, paste or drop — updates are reported as tidy-ups,
    // so opening an article never shows "Unsaved changes"; they go with the next save.
    let acted = false;
    const act = () => {
      acted = true;
    };
    const ACTS = ['keydown', 'pointerdown', 'beforeinput', 'paste', 'cut', 'drop'] as const;
    for (const type of ACTS) document.addEventListener(type, act, true);
    onLoad(editor.getEditorState());
    count(editor.getEditorState());
    const unregister = mergeRegister(
      editor.registerUpdateListener((update) => {
        if (update.dirtyElements.size === 0 && update.dirtyLeaves.size === 0) return;
        blocks.forgetChanged(update);
        if (acted) onChange(update.editorState);
        else onTidy(update.editorState);
        count(update.editorState);
      }),
      editor.registerCommand(BLUR_COMMAND, () => (onBlur(), false), COMMAND_PRIORITY_LOW),
    );
    return () => {
      for (const type of ACTS) document.removeEventListener(type, act, true);
      window.clearTimeout(timer);
      stop();
      unregister();
    };
  }, [editor, onLoad, onTidy, onChange, onWordCount, onBlur]);
  return null;
}
