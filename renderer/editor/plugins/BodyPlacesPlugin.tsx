import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import { $createNodeSelection, $setSelection } from 'lexical';
import { $isPhotoNode } from '../../../shared/editor/PhotoNode';
import type { BodyPlaces } from '../bodyPlaces';

/**
 * Selects the n-th photo block (reading order, list items included, as the export's preflight counts
 * them) and scrolls it into view, with the focus in the body so the keys act on it.
 */
export function BodyPlacesPlugin({ places }: { places: BodyPlaces }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      places.onShowPhoto((photo) => {
        let key: string | null = null;
        editor.update(() => {
          const found = $dfs().filter(({ node }) => $isPhotoNode(node))[photo - 1];
          if (!found) return;
          key = found.node.getKey();
          // A block selection has no caret to carry the focus into the body: the body takes it first.
          editor.getRootElement()?.focus({ preventScroll: true });
          const selection = $createNodeSelection();
          selection.add(key);
          $setSelection(selection);
        });
        if (key !== null) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
      }),
    [editor, places],
  );
  return null;
}
