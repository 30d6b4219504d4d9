import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type LexicalEditor,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { BODY_NODES } from '../../../../../shared/editor/nodes';
import { $createPageBreakNode } from '../../../../../shared/editor/PageBreakNode';
import { $createPhotoNode } from '../../../../../shared/editor/PhotoNode';
import { $createRelatedLinkNode } from '../../../../../shared/editor/RelatedLinkNode';
import { $createSourceMarkNode, SourceMarkNode } from '../../../../../shared/editor/SourceMarkNode';
import type { StoredDocument } from '../../../../../shared/editor/document';
import {
  $applyTag,
  $normalizeSourceMark,
  $retagPart,
  $tagSelection,
  $tagTarget,
  $untag,
  type TagTarget,
} from '../../../../../renderer/editor/sources/tagging';

const SULLIVAN = '6f1c2a7e-4b1d-4c8e-9a37-2f0d5e8b1c44';
const KREMLIN = '0b8f7d2c-1e3a-4f5b-8c6d-7e9f0a1b2c3d';

function editorWith(build: () => void): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.registerNodeTransform(SourceMarkNode, $normalizeSourceMark);
  editor.update(build, { discrete: true });
  return editor;
}

/** Selects from `from` (text node, offset) to `to` (text node, offset). */
function $select(from: [TextNode, number], to: [TextNode, number]): void {
  const range = $createRangeSelection();
  range.anchor.set(from[0].getKey(), from[1], 'text');
  range.focus.set(to[0].getKey(), to[1], 'text');
  $setSelection(range);
}

const describeTarget = (target: TagTarget) =>
  'refusal' in target ? target.refusal : target.mark ? `mark ${target.mark.getSourceId()}` : 'new';

function targetOf(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => describeTarget($tagTarget()));
}

const marksOf = (editor: LexicalEditor) =>
  (editor.getEditorState().toJSON() as unknown as StoredDocument).root.children.map((block) =>
    (block.children ?? [])
      .map((node) =>
        node.type === 'source'
          ? `[${String(node.sourceId).slice(0, 4)}:${(node.children ?? []).map((c) => c.text).join('')}]`
          : (node.text ?? ''),
      )
      .join(''),
  );

/** “Kami prihatin,” tagged Sullivan, then untagged words: " kata Sullivan." */
function quoteTaggedSullivan() {
  let inside!: TextNode;
  let outside!: TextNode;
  const editor = editorWith(() => {
    inside = $createTextNode('“Kami prihatin,”');
    outside = $createTextNode(' kata Sullivan.');
    $getRoot()
      .clear()
      .append($createParagraphNode().append($createSourceMarkNode(SULLIVAN).append(inside), outside));
  });
  return { editor, inside, outside };
}

describe('tagging the selection with a source', () => {
  it('refuses a caret with no selection, and a selection of spaces only', () => {
    let first!: TextNode;
    const editor = editorWith(() => {
      first = $createTextNode('Kata dia,   lalu pergi.');
      $getRoot().clear().append($createParagraphNode().append(first));
      $select([first, 4], [first, 4]);
    });
    expect(targetOf(editor)).toBe('empty');
    editor.update(() => $select([first, 9], [first, 12]), { discrete: true });
    expect(targetOf(editor)).toBe('no-text');
  });

  it('refuses a selection across a page break, a photo or a related link, leaving the body as it was', () => {
    let before!: TextNode;
    let after!: TextNode;
    let last!: TextNode;
    let end!: TextNode;
    const editor = editorWith(() => {
      before = $createTextNode('Halaman satu.');
      after = $createTextNode('Halaman dua.');
      last = $createTextNode('Sesudah foto.');
      end = $createTextNode('Sesudah tautan.');
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(before),
          $createPageBreakNode(),
          $createParagraphNode().append(after),
          $createPhotoNode({ photoId: SULLIVAN }),
          $createParagraphNode().append(last),
          $createRelatedLinkNode({ target: { kind: 'article', articleId: KREMLIN }, title: 'Lain' }),
          $createParagraphNode().append(end),
        );
      $select([before, 3], [after, 5]);
    });
    expect(targetOf(editor)).toBe('page-break');
    editor.update(() => $select([after, 3], [last, 5]), { discrete: true });
    expect(targetOf(editor)).toBe('photo');
    editor.update(() => $select([last, 3], [end, 5]), { discrete: true });
    expect(targetOf(editor)).toBe('related-link');
    expect(marksOf(editor)).toEqual([
      'Halaman satu.',
      '',
      'Halaman dua.',
      '',
      'Sesudah foto.',
      '',
      'Sesudah tautan.',
    ]);
  });

  it('wraps the selected words in one tag per paragraph and leaves the rest untagged', () => {
    let one!: TextNode;
    let two!: TextNode;
    const editor = editorWith(() => {
      one = $createTextNode('“Kami prihatin,” kata Sullivan.');
      two = $createTextNode('“Ini melanggar sanksi,” ujarnya.');
      $getRoot().clear().append($createParagraphNode().append(one), $createParagraphNode().append(two));
      $select([one, 0], [one, 16]);
    });
    expect(targetOf(editor)).toBe('new');
    editor.update(() => $tagSelection(SULLIVAN), { discrete: true });
    expect(marksOf(editor)).toEqual([
      '[6f1c:“Kami prihatin,”] kata Sullivan.',
      '“Ini melanggar sanksi,” ujarnya.',
    ]);

    editor.update(
      () => {
        const texts = $getRoot().getAllTextNodes();
        $select([texts[1]!, 6], [texts[2]!, 23]);
      },
      { discrete: true },
    );
    expect(targetOf(editor)).toBe('new');
    editor.update(() => $tagSelection(KREMLIN), { discrete: true });
    expect(marksOf(editor)).toEqual([
      '[6f1c:“Kami prihatin,”] kata [0b8f:Sullivan.]',
      '[0b8f:“Ini melanggar sanksi,”] ujarnya.',
    ]);
  });

  it('tags words that are not the editor’s selection (a source created after its box closed) and leaves the user’s caret where it was', () => {
    let one!: TextNode;
    let words!: RangeSelection;
    const editor = editorWith(() => {
      one = $createTextNode('“Kami prihatin,” kata Sullivan.');
      $getRoot().clear().append($createParagraphNode().append(one));
      // The user's caret after "kata", in the text node the tag splits.
      $select([one, 21], [one, 21]);
      words = $createRangeSelection();
      words.anchor.set(one.getKey(), 0, 'text');
      words.focus.set(one.getKey(), 16, 'text');
    });
    editor.update(() => expect($applyTag(SULLIVAN, words)).toBeNull(), { discrete: true });
    expect(marksOf(editor)).toEqual(['[6f1c:“Kami prihatin,”] kata Sullivan.']);
    editor.update(
      () => {
        const caret = $getSelection();
        expect($isRangeSelection(caret) && caret.isCollapsed()).toBe(true);
        caret?.insertText('nya');
      },
      { discrete: true },
    );
    expect(marksOf(editor)).toEqual(['[6f1c:“Kami prihatin,”] katanya Sullivan.']);
  });

  it('targets the one tag a caret or selection sits in (to re-tag or untag it), and refuses a selection half in a tag', () => {
    const { editor, inside, outside } = quoteTaggedSullivan();
    editor.update(() => $select([inside, 3], [inside, 3]), { discrete: true });
    expect(targetOf(editor)).toBe(`mark ${SULLIVAN}`);
    editor.update(() => $select([inside, 1], [inside, 9]), { discrete: true });
    expect(targetOf(editor)).toBe(`mark ${SULLIVAN}`);
    editor.update(() => $select([inside, 5], [outside, 5]), { discrete: true });
    expect(targetOf(editor)).toBe('overlap');
    // A selection ending exactly where the tag ends covers only tagged words.
    editor.update(() => $select([inside, 0], [outside, 0]), { discrete: true });
    expect(targetOf(editor)).toBe(`mark ${SULLIVAN}`);

    editor.update(
      () => {
        const target = $tagTarget();
        if ('mark' in target && target.mark) $untag(target.mark);
      },
      { discrete: true },
    );
    expect(marksOf(editor)).toEqual(['“Kami prihatin,” kata Sullivan.']);
  });

  it('gives some words of a tag another source by splitting the tag there; the same source, a caret or all its words re-tag it whole', () => {
    const { editor, inside } = quoteTaggedSullivan();
    const applied = (from: number, to: number, sourceId: string) => {
      let refusal: string | null = null;
      editor.update(
        () => {
          $select([inside, from], [inside, to]);
          refusal = $applyTag(sourceId);
        },
        { discrete: true },
      );
      return refusal;
    };
    // The same source for one word: nothing to change.
    expect(applied(6, 14, SULLIVAN)).toBeNull();
    expect(marksOf(editor)).toEqual(['[6f1c:“Kami prihatin,”] kata Sullivan.']);
    // A caret in the tag, or all its words, re-tag the whole tag.
    expect(applied(3, 3, KREMLIN)).toBeNull();
    expect(marksOf(editor)).toEqual(['[0b8f:“Kami prihatin,”] kata Sullivan.']);
    expect(applied(0, '“Kami prihatin,”'.length, SULLIVAN)).toBeNull();
    expect(marksOf(editor)).toEqual(['[6f1c:“Kami prihatin,”] kata Sullivan.']);
    // One word (as a double-click selects it), another source: that word only, the rest keep theirs.
    expect(applied(6, 14, KREMLIN)).toBeNull();
    expect(marksOf(editor)).toEqual(['[6f1c:“Kami ][0b8f:prihatin][6f1c:,”] kata Sullivan.']);
  });

  it('splits a tag at its start and end too, and takes only the selected words out of it when the tag is removed from them', () => {
    const split = (from: number, to: number, sourceId: string | null) => {
      const { editor, inside } = quoteTaggedSullivan();
      let refusal: string | null = 'not run';
      editor.update(
        () => {
          $select([inside, from], [inside, to]);
          const target = $tagTarget();
          if ('mark' in target && target.mark && target.part) refusal = $retagPart(target.mark, sourceId);
        },
        { discrete: true },
      );
      expect(refusal).toBeNull();
      // The selection stays on the same words, wherever they went.
      expect(editor.getEditorState().read(() => $getSelection()?.getTextContent())).toBe(
        '“Kami prihatin,”'.slice(from, to),
      );
      return marksOf(editor);
    };
    expect(split(0, 5, KREMLIN)).toEqual(['[0b8f:“Kami][6f1c: prihatin,”] kata Sullivan.']);
    expect(split(6, 16, KREMLIN)).toEqual(['[6f1c:“Kami ][0b8f:prihatin,”] kata Sullivan.']);
    expect(split(6, 14, null)).toEqual(['[6f1c:“Kami ]prihatin[6f1c:,”] kata Sullivan.']);
  });

  it('refuses to cut a link inside a tag in two before anything is picked or created, leaving the tag as it was; a whole link moves with its words', () => {
    let words!: TextNode;
    let before!: TextNode;
    const editor = editorWith(() => {
      before = $createTextNode('Menurut ');
      words = $createTextNode('laporan BPS');
      const link = $createLinkNode('https://bps.go.id').append(words);
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createSourceMarkNode(SULLIVAN).append(before, link)));
    });
    // The picker is not even opened: $tagTarget refuses, and the body is untouched.
    editor.update(() => $select([words, 0], [words, 7]), { discrete: true });
    expect(targetOf(editor)).toBe('part-of-link');
    let refusal: string | null = null;
    editor.update(
      () => {
        $select([words, 0], [words, 7]);
        refusal = $applyTag(KREMLIN);
      },
      { discrete: true },
    );
    expect(refusal).toBe('part-of-link');
    const shape = () =>
      (editor.getEditorState().toJSON() as unknown as StoredDocument).root.children[0]!.children!.map(
        (node) =>
          `${node.type}:${String(node.sourceId ?? '').slice(0, 4)}:${(node.children ?? []).map((child) => child.type).join('+')}`,
      );
    expect(shape()).toEqual(['source:6f1c:text+link']);
    // The whole link and the word before it: split off with the link whole inside the new tag.
    editor.update(
      () => {
        $select([before, 3], [words, words.getTextContentSize()]);
        refusal = $applyTag(KREMLIN);
      },
      { discrete: true },
    );
    expect(refusal).toBeNull();
    expect(shape()).toEqual(['source:6f1c:text', 'source:0b8f:text+link']);
  });

  it('a selection ending at the very start of the next paragraph (a triple-click) tags only its own words, never the next paragraph’s tag', () => {
    // Each case: how the selection ends in the tagged second paragraph — at its text or at the block,
    // selected forwards or backwards.
    const cases: Array<{ end: 'text' | 'element'; backward: boolean }> = [
      { end: 'text', backward: false },
      { end: 'element', backward: false },
      { end: 'text', backward: true },
    ];
    for (const { end, backward } of cases) {
      let one!: TextNode;
      let tagged!: TextNode;
      const editor = editorWith(() => {
        one = $createTextNode('Polisi menutup jalan.');
        tagged = $createTextNode('“Kami berjaga,” kata Sullivan.');
        const second = $createParagraphNode().append($createSourceMarkNode(SULLIVAN).append(tagged));
        $getRoot().clear().append($createParagraphNode().append(one), second);
        const range = $createRangeSelection();
        type Spot = [string, number, 'text' | 'element'];
        const start: Spot = [one.getKey(), 0, 'text'];
        const stop: Spot = end === 'text' ? [tagged.getKey(), 0, 'text'] : [second.getKey(), 0, 'element'];
        const [from, to] = backward ? [stop, start] : [start, stop];
        range.anchor.set(from[0], from[1], from[2]);
        range.focus.set(to[0], to[1], to[2]);
        $setSelection(range);
      });
      const label = `${end} ${backward ? 'backward' : 'forward'}`;
      expect(targetOf(editor), label).toBe('new');
      editor.update(() => $tagSelection(KREMLIN), { discrete: true });
      expect(marksOf(editor), label).toEqual([
        '[0b8f:Polisi menutup jalan.]',
        '[6f1c:“Kami berjaga,” kata Sullivan.]',
      ]);
    }
  });

  it('a triple-click on the paragraph before a photo (the selection ends between the blocks) tags that paragraph', () => {
    let one!: TextNode;
    const editor = editorWith(() => {
      one = $createTextNode('Roket diluncurkan pagi ini.');
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(one),
          $createPhotoNode({ photoId: SULLIVAN }),
          $createParagraphNode().append($createTextNode('Sesudah foto.')),
        );
      const range = $createRangeSelection();
      range.anchor.set(one.getKey(), 0, 'text');
      range.focus.set('root', 1, 'element');
      $setSelection(range);
    });
    expect(targetOf(editor)).toBe('new');
    editor.update(() => $tagSelection(KREMLIN), { discrete: true });
    expect(marksOf(editor)).toEqual(['[0b8f:Roket diluncurkan pagi ini.]', '', 'Sesudah foto.']);
  });

  it('keeps tags sound when they arrive from a paste: a nested tag is taken off, touching tags of one source join', () => {
    const editor = editorWith(() => {
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(
            $createSourceMarkNode(SULLIVAN).append(
              $createTextNode('luar '),
              $createSourceMarkNode(KREMLIN).append($createTextNode('dalam')),
            ),
            $createSourceMarkNode(SULLIVAN).append($createTextNode(' lanjut')),
          ),
        );
    });
    expect(marksOf(editor)).toEqual(['[6f1c:luar dalam lanjut]']);
  });
});
