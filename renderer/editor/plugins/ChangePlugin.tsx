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
} from 'lexical';
import { countWords } from '../../../shared/text/words';

const WORD_COUNT_DELAY_MS = 250;

/** What the status line shows of the body's size. */
export interface TextCount {
  words: number;
  /** Characters as a reader counts them (code points), spaces included, line and block breaks not. */
  characters: number;
}
const COUNT_SLICE_MS = 8;

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
  onChange: (state: EditorState) => void;
  onWordCount: (count: TextCount) => void;
  onBlur: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const { onLoad, onChange, onWordCount, onBlur } = props;
  useEffect(() => {
    let timer: number | undefined;
    // Counts per top-level block, by key, kept until the block changes (its key is then dirty): after
    // a pause only the edited blocks are read again. Counted in slices of a few milliseconds,
    // restarted by the next change: a whole count of a 10,000-paragraph article is ~100 ms, which
    // would delay the next key (BENCHMARKS.md, B1).
    const blocks = new Map<string, TextCount>();
    const count = (state: EditorState) => {
      window.clearTimeout(timer);
      let keys: string[] | null = null;
      let next = 0;
      let words = 0;
      let characters = 0;
      const slice = () => {
        const deadline = performance.now() + COUNT_SLICE_MS;
        state.read(() => {
          keys ??= $getRoot().getChildrenKeys();
          while (next < keys.length && performance.now() < deadline) {
            const key = keys[next]!;
            let block = blocks.get(key);
            if (!block) {
              block = textCount($getNodeByKey(key)?.getTextContent() ?? '');
              blocks.set(key, block);
            }
            words += block.words;
            characters += block.characters;
            next += 1;
          }
        });
        if (next < keys!.length) {
          timer = window.setTimeout(slice, 0);
          return;
        }
        // Keys of removed blocks are never used again: drop them once they outnumber the live ones.
        if (blocks.size > 2 * keys!.length + 100) {
          const live = new Set(keys);
          for (const key of blocks.keys()) if (!live.has(key)) blocks.delete(key);
        }
        onWordCount({ words, characters });
      };
      timer = window.setTimeout(slice, WORD_COUNT_DELAY_MS);
    };
    onLoad(editor.getEditorState());
    count(editor.getEditorState());
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        // A changed node marks its ancestors dirty, so every changed top-level block's key is here.
        // Undo and redo put back whole states: count everything again.
        if (tags.has(HISTORIC_TAG)) blocks.clear();
        for (const key of dirtyElements.keys()) blocks.delete(key);
        for (const key of dirtyLeaves) blocks.delete(key);
        onChange(editorState);
        count(editorState);
      }),
      editor.registerCommand(BLUR_COMMAND, () => (onBlur(), false), COMMAND_PRIORITY_LOW),
    );
    return () => {
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, onLoad, onChange, onWordCount, onBlur]);
  return null;
}
