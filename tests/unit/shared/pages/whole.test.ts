import { describe, expect, it } from 'vitest';
import { documentPlainText, type StoredNode } from '../../../../shared/editor/document';
import { wholeArticleBlocks } from '../../../../shared/pages/whole';
import { documentOf, heading, paragraph, text } from '../../support/documents';

const splitBreak = (splitSpace?: string): StoredNode => ({
  type: 'page-break',
  version: 1,
  ...(splitSpace === undefined ? {} : { splitSpace }),
});
const plain = (blocks: StoredNode[]) => documentPlainText({ root: { type: 'root', children: blocks } });

describe('wholeArticleBlocks', () => {
  it('joins a paragraph a break split, with the space the split took out, and keeps its formatting', () => {
    const first = paragraph(text('Air naik '), text('setinggi', 1));
    const second = paragraph(text('dada', 2), text(' di Medan.'));
    const blocks = wholeArticleBlocks(
      documentOf(first, splitBreak(' '), second, paragraph(text('Lalu surut.'))),
    );
    expect(plain(blocks)).toBe('Air naik setinggi dada di Medan.\nLalu surut.');
    expect(blocks[0]!.children!.map((child) => [child.text, child.format])).toEqual([
      ['Air naik ', 0],
      ['setinggi', 1],
      [' ', 0],
      ['dada', 2],
      [' di Medan.', 0],
    ]);
  });

  it('leaves out every break, and joins nothing a break did not split', () => {
    const blocks = wholeArticleBlocks(
      documentOf(paragraph(text('Halaman satu.')), splitBreak(), paragraph(text('Halaman dua.'))),
    );
    expect(plain(blocks)).toBe('Halaman satu.\nHalaman dua.');
    expect(blocks).toHaveLength(2);
  });

  it('puts back no second space where one was typed at the seam, and a taken line break as a line break', () => {
    const spaced = wholeArticleBlocks(
      documentOf(paragraph(text('Kalimat yang ')), splitBreak(' '), paragraph(text('terbelah.'))),
    );
    expect(plain(spaced)).toBe('Kalimat yang terbelah.');
    const broken = wholeArticleBlocks(
      documentOf(paragraph(text('Baris satu')), splitBreak('\n'), paragraph(text('baris dua'))),
    );
    expect(broken[0]!.children!.map((child) => child.type)).toEqual(['text', 'linebreak', 'text']);
  });

  it('joins a chain of splits into one paragraph, and never across another break', () => {
    const chain = wholeArticleBlocks(
      documentOf(
        paragraph(text('Satu')),
        splitBreak(' '),
        paragraph(text('dua')),
        splitBreak(' '),
        paragraph(text('tiga')),
      ),
    );
    expect(plain(chain)).toBe('Satu dua tiga');
    const across = wholeArticleBlocks(
      documentOf(paragraph(text('Satu')), splitBreak(), splitBreak(' '), paragraph(text('dua'))),
    );
    expect(across).toHaveLength(2);
  });

  it('joins only two paragraphs that both hold text, as the editor does', () => {
    const toHeading = wholeArticleBlocks(
      documentOf(paragraph(text('Sebelum')), splitBreak(' '), heading('h2', text('Judul'))),
    );
    expect(toHeading.map((block) => block.type)).toEqual(['paragraph', 'heading']);
    const blank = wholeArticleBlocks(
      documentOf(
        paragraph(text('Sebelum')),
        splitBreak(' '),
        paragraph(text('  ')),
        paragraph(text('Sesudah')),
      ),
    );
    expect(blank).toHaveLength(3);
  });
});
