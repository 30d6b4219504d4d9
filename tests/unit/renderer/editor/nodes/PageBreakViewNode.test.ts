import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { StoredDocument } from '../../../../../shared/editor/document';
import { BODY_NODES } from '../../../../../shared/editor/nodes';
import { $createPageBreakNode, PageBreakNode } from '../../../../../shared/editor/PageBreakNode';
import { PageBreakViewNode } from '../../../../../renderer/editor/nodes/PageBreakViewNode';

/**
 * The editor registers each view in place of its headless node (renderer/editor/nodes/editorNodes.ts,
 * not imported here: other views there load browser-only modules). This is that list for page breaks.
 */
const EDITOR_NODES = BODY_NODES.map((node) => (node === PageBreakNode ? PageBreakViewNode : node));

const editorWith = (nodes: typeof BODY_NODES) =>
  createHeadlessEditor({
    nodes: [...nodes],
    onError: (error) => {
      throw error;
    },
  });

describe('PageBreakViewNode', () => {
  it('makes view nodes that store exactly what the headless editor stores', () => {
    const editor = editorWith(EDITOR_NODES);
    editor.update(
      () => {
        const pageBreak = $createPageBreakNode();
        expect(pageBreak).toBeInstanceOf(PageBreakViewNode);
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createTextNode('Satu')), pageBreak, $createParagraphNode());
      },
      { discrete: true },
    );
    const stored = editor.getEditorState().toJSON() as unknown as StoredDocument;
    expect(stored.root.children[1]).toEqual({ type: 'page-break', version: 1 });

    // A body written by the editor reads back in a headless editor (the server, the exporter) and back again.
    const headless = editorWith(BODY_NODES);
    headless.setEditorState(headless.parseEditorState(JSON.stringify(stored)));
    expect(headless.getEditorState().toJSON()).toEqual(stored);
    const again = editorWith(EDITOR_NODES);
    again.setEditorState(again.parseEditorState(JSON.stringify(stored)));
    again
      .getEditorState()
      .read(() => expect($getRoot().getChildAtIndex(1)).toBeInstanceOf(PageBreakViewNode));
  });
});
