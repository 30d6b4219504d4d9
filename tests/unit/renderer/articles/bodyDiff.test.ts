import { describe, expect, it } from 'vitest';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { diffBody } from '../../../../renderer/articles/bodyDiff';
import { applyBodyChanges } from '../../../../shared/editor/body-changes';
import type { StoredDocument } from '../../../../shared/editor/document';
import { $createPageBreakNode } from '../../../../shared/editor/PageBreakNode';
import { paragraphs } from '../../support/documents';
import { seededRandom } from '../../support/random';
import { editorWith } from '../../support/headless';

const stored = (state: EditorState) => state.toJSON() as unknown as StoredDocument;
const change = (editor: LexicalEditor, edit: () => void) => editor.update(edit, { discrete: true });

/** The changes applied to the saved body must give exactly what the editor would store in full. */
function expectChangesRebuild(saved: EditorState, savedBody: StoredDocument, current: EditorState) {
  const changes = diffBody(saved, current);
  const applied = changes ? applyBodyChanges(savedBody, changes) : { ok: true as const, body: savedBody };
  expect(applied.ok && applied.body).toEqual(stored(current));
  return changes;
}

describe('diffBody', () => {
  it('sends only the paragraph typed in, out of ten thousand', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Paragraf ${i} tentang banjir di Medan.`);
    const editor = editorWith(paragraphs(...lines));
    const saved = editor.getEditorState();
    change(editor, () => {
      const text = $getRoot().getChildAtIndex<ElementNode>(5_000)!.getFirstDescendant()!;
      if ($isTextNode(text)) text.setTextContent(`${text.getTextContent()} Air mulai surut.`);
    });
    const changes = expectChangesRebuild(saved, stored(saved), editor.getEditorState());
    expect(changes?.splices).toEqual([
      {
        start: 5_000,
        deleteCount: 1,
        replaced: expect.any(String),
        blocks: [expect.objectContaining({ type: 'paragraph' })],
      },
    ]);
    expect(changes?.blockCount).toBe(10_000);
    expect(JSON.stringify(changes).length).toBeLessThan(1_000);
  });

  it('finds nothing to send when the content did not change, even where nodes were copied', () => {
    const editor = editorWith(paragraphs('Satu', 'Dua'));
    const saved = editor.getEditorState();
    change(editor, () => $getRoot().getFirstChild()!.selectEnd());
    expect(diffBody(saved, editor.getEditorState())).toBeNull();
    // What a plugin registering a node transform does to every node of that type when the editor opens.
    change(editor, () =>
      $getRoot()
        .getAllTextNodes()
        .forEach((node) => node.markDirty()),
    );
    expect(diffBody(saved, editor.getEditorState())).toBeNull();
    change(editor, () => $getRoot().getAllTextNodes()[1]!.setTextContent('Tiga'));
    expect(diffBody(saved, editor.getEditorState())?.splices).toEqual([
      {
        start: 1,
        deleteCount: 1,
        replaced: expect.any(String),
        blocks: [expect.objectContaining({ type: 'paragraph' })],
      },
    ]);
  });

  it.each([7, 11, 23])(
    'rebuilds the body exactly through edits, moves, deletions and undos (seed %i)',
    (seed) => {
      const random = seededRandom(seed);
      const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
      const editor = editorWith(paragraphs(...Array.from({ length: 60 }, (_, i) => `Blok ${i}`)));
      const history: EditorState[] = [editor.getEditorState()];
      let saved = editor.getEditorState();
      let savedBody = stored(saved);
      const edits: Array<() => void> = [
        () => {
          const text = pick($getRoot().getAllTextNodes());
          text.setTextContent(`${text.getTextContent()} tambah`);
        },
        () =>
          pick($getRoot().getChildren()).insertAfter($createParagraphNode().append($createTextNode('Baru'))),
        () => pick($getRoot().getChildren()).insertBefore($createPageBreakNode()),
        () => {
          const blocks = $getRoot().getChildren();
          if (blocks.length > 3) pick(blocks).remove();
        },
        () => pick($getRoot().getChildren()).insertAfter(pick($getRoot().getChildren())),
        () => {
          const block = pick($getRoot().getChildren());
          if ($isElementNode(block)) block.replace($createHeadingNode('h2'), true);
        },
        () => pick($getRoot().getAllTextNodes()).toggleFormat('bold'),
        () => $getRoot().append($createParagraphNode().append($createTextNode('Akhir'))),
        () =>
          $getRoot()
            .getFirstChild()!
            .insertBefore($createParagraphNode().append($createTextNode('Awal'))),
      ];
      for (let step = 0; step < 300; step += 1) {
        if (random() < 0.1) {
          // Undo or redo: the history plugin puts back an earlier state object as it was.
          editor.setEditorState(pick(history));
        } else {
          change(editor, pick(edits));
        }
        history.push(editor.getEditorState());
        // Saves happen now and then, after a few changes or none.
        if (random() < 0.4) {
          expectChangesRebuild(saved, savedBody, editor.getEditorState());
          saved = editor.getEditorState();
          savedBody = stored(saved);
        }
      }
    },
  );
});
