import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import type { StoredDocument } from '../../../shared/editor/document';
import { BODY_NODES } from '../../../shared/editor/nodes';

/** A headless editor with the body's nodes, holding `document`; any editor error fails the test. */
export function editorWith(document: StoredDocument): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(document)));
  return editor;
}
