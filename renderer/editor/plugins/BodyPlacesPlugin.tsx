import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs, mergeRegister } from '@lexical/utils';
import { $createNodeSelection, $getRoot, $isElementNode, $setSelection, type LexicalEditor } from 'lexical';
import { $isPhotoNode } from '../../../shared/editor/PhotoNode';
import type { BodyPlaces } from '../bodyPlaces';
import { $blockCaret, $selectInBlock } from '../caretInBlock';
import { layOutBlock } from './BlockWindowPlugin';

/** Selects one block as a whole, the body taking the focus first: a block selection has no caret to carry it. */
function selectBlock(editor: LexicalEditor, key: string): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  const selection = $createNodeSelection();
  selection.add(key);
  $setSelection(selection);
}

/**
 * Selects the n-th photo block (reading order, list items included, as the export's preflight counts
 * them) and scrolls it into view, with the focus in the body so the keys act on it. Tells which
 * top-level block holds the caret and where in its text, and puts it back there (an article brought up to date).
 */
export function BodyPlacesPlugin({ places }: { places: BodyPlaces }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        places.onShowPhoto((photo) => {
          let key: string | null = null;
          editor.update(() => {
            const found = $dfs().filter(({ node }) => $isPhotoNode(node))[photo - 1];
            if (!found) return;
            key = found.node.getKey();
            selectBlock(editor, key);
          });
          if (key === null) return;
          const element = editor.getElementByKey(key);
          layOutBlock(element);
          element?.scrollIntoView({ block: 'center' });
        }),
        places.onCaret({
          caret: () => {
            const root = editor.getRootElement();
            // A caption's own editor inside a photo counts as the photo's block.
            if (!root?.contains(document.activeElement)) return null;
            return editor.getEditorState().read($blockCaret);
          },
          place: ({ block: index, anchor, focus }) =>
            editor.update(() => {
              const root = $getRoot();
              const block = root.getChildAtIndex(index);
              if ($isElementNode(block)) $selectInBlock(block, anchor, focus);
              else if (block) selectBlock(editor, block.getKey());
              else root.selectStart();
              editor.getRootElement()?.focus({ preventScroll: true });
            }),
        }),
      ),
    [editor, places],
  );
  return null;
}
