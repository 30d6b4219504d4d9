import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  BLUR_COMMAND,
  COMMAND_PRIORITY_LOW,
  HISTORIC_TAG,
  type EditorState,
  type NodeKey,
} from 'lexical';
import { $isSourceMarkNode, SourceMarkNode } from '../../../shared/editor/SourceMarkNode';
import { SAVE_NOW_TAG } from '../saveNow';
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
  /** `saveNow`: a finished act (SAVE_NOW_TAG, or an undo or redo of a source tag), not typing. */
  onChange: (state: EditorState, saveNow: boolean) => void;
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
    // An undo or redo that puts back, takes away or re-tags a source tag. (Undo restores a whole state:
    // a tag merely copied by an edit in between comes back "updated" with the same source.) Mutation
    // listeners run before update listeners, in the same commit.
    let tagUndone = false;
    const sourceOf = (state: EditorState, key: NodeKey) =>
      state.read(() => {
        const node = $getNodeByKey(key);
        return $isSourceMarkNode(node) ? node.getSourceId() : null;
      });
    const unregister = mergeRegister(
      editor.registerMutationListener(
        SourceMarkNode,
        (mutations, { updateTags, prevEditorState }) => {
          if (!updateTags.has(HISTORIC_TAG)) return;
          for (const [key, mutation] of mutations)
            if (
              mutation !== 'updated' ||
              sourceOf(prevEditorState, key) !== sourceOf(editor.getEditorState(), key)
            )
              tagUndone = true;
        },
        { skipInitialization: true },
      ),
      editor.registerUpdateListener((update) => {
        const saveNow = tagUndone || update.tags.has(SAVE_NOW_TAG);
        tagUndone = false;
        if (update.dirtyElements.size === 0 && update.dirtyLeaves.size === 0) return;
        blocks.forgetChanged(update);
        if (acted) onChange(update.editorState, saveNow);
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
