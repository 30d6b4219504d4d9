import { describe, expect, it } from 'vitest';
import { $getRoot, $isElementNode, $isTextNode, HISTORIC_TAG } from 'lexical';
import { BlockResults, passInSlices } from '../../../../renderer/editor/blockPass';
import { paragraphs } from '../../support/documents';
import { editorWith } from '../../support/headless';

describe('BlockResults', () => {
  it('recomputes only the blocks an update changed, and everything after undo or redo', () => {
    const editor = editorWith(paragraphs('Satu dua', 'Tiga', 'Empat lima enam'));
    const results = new BlockResults<string>();
    const computed: string[] = [];
    const pass = () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((block) =>
            results.get(block.getKey(), () => (computed.push(block.getKey()), block.getTextContent())),
          ),
      );
    editor.registerUpdateListener((update) => results.forgetChanged(update));
    expect(pass()).toEqual(['Satu dua', 'Tiga', 'Empat lima enam']);
    computed.length = 0;

    editor.update(
      () => {
        const second = $getRoot().getChildAtIndex(1);
        const text = $isElementNode(second) ? second.getFirstChild() : null;
        if ($isTextNode(text)) text.setTextContent('Tiga belas');
      },
      { discrete: true },
    );
    const secondKey = editor.getEditorState().read(() => $getRoot().getChildAtIndex(1)!.getKey());
    expect(pass()).toEqual(['Satu dua', 'Tiga belas', 'Empat lima enam']);
    expect(computed).toEqual([secondKey]);

    computed.length = 0;
    editor.update(() => $getRoot().getFirstChild()!.selectStart(), { discrete: true, tag: HISTORIC_TAG });
    pass();
    expect(computed).toHaveLength(3);
  });

  it('drops removed blocks once they outnumber the live ones', () => {
    const results = new BlockResults<number>();
    for (let i = 0; i < 300; i += 1) results.get(`k${i}`, () => i);
    results.prune(['k0', 'k1']);
    let recomputed = 0;
    results.get('k5', () => (recomputed += 1));
    results.get('k1', () => (recomputed += 1));
    expect(recomputed).toBe(1);
  });
});

describe('passInSlices', () => {
  it('visits every item once, lets other tasks run between slices, and can be stopped', async () => {
    const editor = editorWith(paragraphs('Satu'));
    const visited: number[] = [];
    let interleaved = false;
    const done = new Promise<void>((resolve) => {
      setTimeout(() => (interleaved = visited.length > 0 && visited.length < 400), 0);
      passInSlices(
        editor.getEditorState(),
        400,
        (index) => {
          const until = performance.now() + 0.1; // 40 ms of work in all: several slices
          while (performance.now() < until);
          visited.push(index);
        },
        resolve,
      );
    });
    await done;
    expect(visited).toEqual(Array.from({ length: 400 }, (_, i) => i));
    expect(interleaved).toBe(true);

    let finished = false;
    const stop = passInSlices(
      editor.getEditorState(),
      400,
      () => {
        const until = performance.now() + 0.1;
        while (performance.now() < until);
      },
      () => (finished = true),
    );
    stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(finished).toBe(false);
  });
});
