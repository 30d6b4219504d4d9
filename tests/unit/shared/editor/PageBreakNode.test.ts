import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { documentPlainText, unknownNodeTypes, type StoredDocument } from '../../../../shared/editor/document';
import { BODY_NODES, KNOWN_NODE_TYPES } from '../../../../shared/editor/nodes';
import {
  $createPageBreakNode,
  $isPageBreakNode,
  describePageBreakProblem,
  PAGE_BREAK_TYPE,
} from '../../../../shared/editor/PageBreakNode';
import { documentOf, paragraph, quote, text } from '../../support/documents';
import { pageBreak } from '../../support/long-articles';

const headless = () =>
  createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });

describe('PageBreakNode', () => {
  it('serialises as {type: "page-break", version: 1} and reads back as a page break', () => {
    const editor = headless();
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append(
            $createParagraphNode().append($createTextNode('Halaman satu.')),
            $createPageBreakNode(),
            $createParagraphNode().append($createTextNode('Halaman dua.')),
          );
      },
      { discrete: true },
    );
    const stored = editor.getEditorState().toJSON() as unknown as StoredDocument;
    expect(stored.root.children[1]).toEqual({ type: 'page-break', version: 1 });

    const reread = headless();
    reread.setEditorState(reread.parseEditorState(JSON.stringify(stored)));
    reread.getEditorState().read(() => {
      const children = $getRoot().getChildren();
      expect(children.map((node) => node.getType())).toEqual(['paragraph', 'page-break', 'paragraph']);
      expect($isPageBreakNode(children[1])).toBe(true);
      expect(children[1]!.getTextContent()).toBe('');
    });
    expect(reread.getEditorState().toJSON()).toEqual(stored);
  });

  it('is a known body node, so the server accepts stored bodies with page breaks', () => {
    expect(KNOWN_NODE_TYPES.has(PAGE_BREAK_TYPE)).toBe(true);
    expect(unknownNodeTypes(documentOf(paragraph(text('a')), pageBreak(), paragraph(text('b'))))).toEqual([]);
  });

  it('ends a line and adds no text to the plain text, even nested where a paste left it', () => {
    expect(documentPlainText(documentOf(paragraph(text('Satu')), pageBreak(), paragraph(text('Dua'))))).toBe(
      'Satu\nDua',
    );
    expect(documentPlainText(documentOf(quote(text('Kata'), pageBreak(), text('dia'))))).toBe('Kata\ndia');
  });

  it('keeps the space of a paragraph it split in its JSON, and reads it back; an old break has none', () => {
    const stored = documentOf(
      paragraph(text('air setinggi')),
      { type: PAGE_BREAK_TYPE, version: 1, splitSpace: ' ' },
      paragraph(text('dada')),
      pageBreak(),
      paragraph(text('Halaman tiga.')),
    );
    const editor = headless();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(stored)));
    editor.getEditorState().read(() => {
      const breaks = $getRoot().getChildren().filter($isPageBreakNode);
      expect(breaks.map((node) => node.getSplitSpace())).toEqual([' ', null]);
    });
    expect(editor.getEditorState().toJSON()).toEqual(stored);
  });

  it('is refused in a stored body with a split space no split made; old bodies and split ones pass', () => {
    const withSpace = (splitSpace: unknown) =>
      documentOf(
        paragraph(text('a')),
        { type: PAGE_BREAK_TYPE, version: 1, splitSpace },
        paragraph(text('b')),
      );
    expect(
      describePageBreakProblem(documentOf(paragraph(text('a')), pageBreak(), paragraph(text('b')))),
    ).toBeNull();
    expect(describePageBreakProblem(withSpace(' '))).toBeNull();
    expect(describePageBreakProblem(withSpace('<b>dada</b>'))).toMatch(/splitSpace/);
    expect(describePageBreakProblem(withSpace(7))).toMatch(/splitSpace/);
  });
});
