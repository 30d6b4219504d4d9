import { useState } from 'react';
import { registerList } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import type { StoredDocument } from '../../../shared/editor/document';
import { normaliseRootOnlyWhenItsChildrenChange } from '../rootNormalisation';

/** Editors already set up (a development render runs the initialiser twice). */
const setUp = new WeakSet<LexicalEditor>();

/**
 * Sets the editor up while its first render runs — before any plugin's effect — then loads the stored
 * body, as the composer would: the root's own normalisation kept to updates that change its children
 * (rootNormalisation.ts); lists (commands, Tab, Backspace at a list's start, the marker following its
 * text's format); then the body, once.
 *
 * In that order on purpose. Registering a node transform marks every node of that type already in the
 * editor as changed, and @lexical/react's ListPlugin registers its TextNode transform (twice, in 0.52)
 * after the body is in: opening a 10,000-paragraph article rewrote all of its text nodes, and left
 * Lexical's node map half rewritten, so that every later key press copied 10,000 entries again
 * (BENCHMARKS.md, change 27). Registered before the body, the transform finds nothing to mark; what it
 * keeps in step is already in step in a body the editor saved.
 */
export function BodyLoadPlugin({ body }: { body: StoredDocument }): null {
  const [editor] = useLexicalComposerContext();
  useState(() => {
    if (!setUp.has(editor)) {
      setUp.add(editor);
      normaliseRootOnlyWhenItsChildrenChange(editor);
      // Not unregistered: it lives as long as the editor, which this body editor's composer owns.
      registerList(editor);
    }
    // Parsed from the object itself: no JSON text made for Lexical to parse back.
    editor.setEditorState(editor.parseEditorState(body), { tag: HISTORY_MERGE_TAG });
  });
  return null;
}
