import { $createLinkNode } from '@lexical/link';
import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isParagraphNode,
  getRegisteredNode,
  type ElementNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { normaliseRootOnlyWhenItsChildrenChange } from '../../../../renderer/editor/rootNormalisation';
import { documentOf, paragraph, text } from '../../support/documents';
import { editorWith } from '../../support/headless';

const blocks = (count: number) => Array.from({ length: count }, (_, i) => paragraph(text(`Paragraf ${i}.`)));

/** Counts the runs of Lexical's own transforms on the root, which stay as they are. */
function countRootTransforms(editor: LexicalEditor): { runs: number } {
  const root = getRegisteredNode(editor, 'root')!;
  const builtIn = [...root.transforms];
  const counter = { runs: 0 };
  root.transforms.clear();
  root.transforms.add((node) => {
    counter.runs += 1;
    for (const transform of builtIn) transform(node);
  });
  return counter;
}

const typeLetter = (editor: LexicalEditor, block: number) =>
  editor.update(
    () => {
      const textNode = $getRoot().getChildAtIndex<ElementNode>(block)!.getFirstChildOrThrow<TextNode>();
      textNode.setTextContent(`${textNode.getTextContent()}k`);
    },
    { discrete: true },
  );

describe('normaliseRootOnlyWhenItsChildrenChange', () => {
  it('leaves out Lexical’s own root transforms (a walk over every block) when a key changes one paragraph', () => {
    const plain = editorWith(documentOf(...blocks(50)));
    const plainRuns = countRootTransforms(plain);
    typeLetter(plain, 25);
    expect(plainRuns.runs).toBeGreaterThan(0); // as Lexical comes: on every update

    const normalised = editorWith(documentOf(...blocks(50)));
    const runs = countRootTransforms(normalised);
    normaliseRootOnlyWhenItsChildrenChange(normalised);
    typeLetter(normalised, 25);
    expect(runs.runs).toBe(0);
    expect(normalised.getEditorState().read(() => $getRoot().getTextContent())).toContain('Paragraf 25.k');

    normalised.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
    expect(runs.runs).toBeGreaterThan(0);
  });

  it('still wraps an inline node put at the top level in a paragraph, in the update that puts it there', () => {
    const editor = editorWith(documentOf(paragraph(text('awal')), paragraph(text('akhir'))));
    normaliseRootOnlyWhenItsChildrenChange(editor);
    typeLetter(editor, 0);
    editor.update(
      () => {
        // An inline element: Lexical's insert paths let it in at the root; its transform then wraps it.
        $getRoot()
          .getFirstChildOrThrow()
          .insertAfter($createLinkNode('https://contoh.id').append($createTextNode('tautan')));
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const children = $getRoot().getChildren();
      expect(children.every($isParagraphNode)).toBe(true);
      expect(children.map((child) => child.getTextContent())).toEqual(['awalk', 'tautan', 'akhir']);
    });
  });
});
