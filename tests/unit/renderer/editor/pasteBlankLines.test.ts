import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode } from 'lexical';
import { BODY_NODES } from '../../../../shared/editor/nodes';
import { $createPageBreakNode } from '../../../../shared/editor/PageBreakNode';
import {
  $isBlankPastedBlock,
  $withoutBlankLines,
  withoutBlankLines,
} from '../../../../renderer/editor/pasteBlankLines';

describe('withoutBlankLines', () => {
  it('turns each run of blank lines into one line end, whatever the line ends and the white space on them', () => {
    expect(withoutBlankLines('Satu\n\n\nDua')).toBe('Satu\nDua');
    expect(withoutBlankLines('Satu\r\n \r\n\u00a0\t\r\nDua\rTiga')).toBe('Satu\nDua\nTiga');
    expect(withoutBlankLines('\n\nSatu\n\n')).toBe('\nSatu\n');
  });

  it('leaves single line ends and the text on each line as they are', () => {
    expect(withoutBlankLines('Satu\nDua  \n  Tiga')).toBe('Satu\nDua  \n  Tiga');
    expect(withoutBlankLines('Satu')).toBe('Satu');
  });
});

describe('$isBlankPastedBlock', () => {
  const editor = createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });

  it('is true of a spacer block — no-break spaces, zero-width spaces, line breaks — and false of a block with words', () => {
    const found: boolean[] = [];
    editor.update(
      () => {
        const spacer = $createParagraphNode().append($createTextNode('\u00a0'));
        const lines = $createParagraphNode().append($createLineBreakNode(), $createTextNode(' \u200b'));
        const heading = $createHeadingNode('h2').append($createTextNode('  '));
        const words = $createParagraphNode().append($createTextNode('\u00a0Kata'));
        const breakNode = $createPageBreakNode();
        found.push(
          ...[spacer, lines, heading, $createParagraphNode(), words, breakNode].map($isBlankPastedBlock),
        );
      },
      { discrete: true },
    );
    expect(found).toEqual([true, true, true, true, false, false]);
  });

  it('drops the line breaks that stand between blocks (Google Docs’ empty lines), never one between words', () => {
    const kept: string[][] = [];
    editor.update(
      () => {
        const paragraph = (words: string) => $createParagraphNode().append($createTextNode(words));
        const describe = (nodes: ReturnType<typeof $withoutBlankLines>) =>
          nodes.map((node) => (node.getType() === 'linebreak' ? 'br' : node.getTextContent()));
        kept.push(
          describe(
            $withoutBlankLines([
              $createLineBreakNode(),
              paragraph('Satu'),
              $createLineBreakNode(),
              $createLineBreakNode(),
              paragraph('Dua'),
              $createParagraphNode().append($createTextNode('\u00a0')),
              $createLineBreakNode(),
            ]),
          ),
          describe(
            $withoutBlankLines([$createTextNode('Satu'), $createLineBreakNode(), $createTextNode('Dua')]),
          ),
        );
      },
      { discrete: true },
    );
    expect(kept).toEqual([
      ['Satu', 'Dua'],
      ['Satu', 'br', 'Dua'],
    ]);
  });
});
