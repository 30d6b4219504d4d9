import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode } from 'lexical';
import { documentPlainText, unknownNodeTypes, type StoredDocument } from '../../../../shared/editor/document';
import { BODY_NODES, KNOWN_NODE_TYPES } from '../../../../shared/editor/nodes';
import {
  $createSourceMarkNode,
  $isSourceMarkNode,
  SOURCE_MARK_TYPE,
} from '../../../../shared/editor/SourceMarkNode';
import { documentOf, paragraph, sourceMark, text } from '../../support/documents';

const SULLIVAN = '6f1c2a7e-4b1d-4c8e-9a37-2f0d5e8b1c44';

const headless = () =>
  createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });

const stored = (editor: ReturnType<typeof headless>): StoredDocument =>
  editor.getEditorState().toJSON() as unknown as StoredDocument;

describe('SourceMarkNode', () => {
  it('serialises as {type: "source", version: 1, sourceId, children} inside its paragraph', () => {
    const editor = headless();
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append(
            $createParagraphNode().append(
              $createSourceMarkNode(SULLIVAN).append($createTextNode('“Kami prihatin,”')),
              $createTextNode(' kata Sullivan.'),
            ),
          );
      },
      { discrete: true },
    );
    const mark = stored(editor).root.children[0]!.children![0]!;
    expect(mark).toMatchObject({ type: SOURCE_MARK_TYPE, version: 1, sourceId: SULLIVAN });
    expect(mark.children).toEqual([expect.objectContaining({ type: 'text', text: '“Kami prihatin,”' })]);
  });

  it('round-trips through JSON: a stored body reads back with the same marks and writes the same JSON', () => {
    const body = documentOf(
      paragraph(
        sourceMark(SULLIVAN, text('“Kami prihatin,”')),
        text(' kata '),
        sourceMark(SULLIVAN, text('Sullivan')),
      ),
    );
    const first = headless();
    first.setEditorState(first.parseEditorState(JSON.stringify(body)));
    first.getEditorState().read(() => {
      const children = $getRoot().getFirstChildOrThrow();
      if (!$isElementNode(children)) throw new Error('expected a paragraph');
      const marks = children.getChildren().filter($isSourceMarkNode);
      expect(marks.map((mark) => [mark.getSourceId(), mark.getTextContent(), mark.isInline()])).toEqual([
        [SULLIVAN, '“Kami prihatin,”', true],
        [SULLIVAN, 'Sullivan', true],
      ]);
    });
    const written = stored(first);
    const second = headless();
    second.setEditorState(second.parseEditorState(JSON.stringify(written)));
    expect(stored(second)).toEqual(written);
    expect(written.root.children[0]!.children!.map((node) => node.type)).toEqual([
      'source',
      'text',
      'source',
    ]);
  });

  it('is a known body node and adds only its words to the plain text', () => {
    expect(KNOWN_NODE_TYPES.has('source')).toBe(true);
    const body = documentOf(
      paragraph(text('Menurut '), sourceMark(SULLIVAN, text('Gedung Putih')), text(', ya.')),
    );
    expect(unknownNodeTypes(body)).toEqual([]);
    expect(documentPlainText(body)).toBe('Menurut Gedung Putih, ya.');
  });
});
