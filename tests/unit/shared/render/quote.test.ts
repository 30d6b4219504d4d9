import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../../../shared/render/body';
import { linebreak, list, listItem, paragraph, quote, text } from '../../support/documents';

describe('a quote in the export', () => {
  it('is one paragraph of lines, also when it holds blocks (paragraphs, a list, another quote)', () => {
    const render = (...blocks: Parameters<typeof renderBlocks>[0]) =>
      renderBlocks(blocks, { issues: [] }).markup;
    expect(render(quote(text('Satu'), linebreak(), text('dua')))).toBe(
      '<blockquote><p>Satu<br>dua</p></blockquote>',
    );
    expect(
      render(
        quote(
          paragraph(text('Baris satu,')),
          paragraph(text('baris dua.')),
          list('bullet', listItem(text('Poin'))),
          quote(paragraph(text('Kutipan dalam.'))),
        ),
      ),
    ).toBe('<blockquote><p>Baris satu,<br>baris dua.<br>Poin<br>Kutipan dalam.</p></blockquote>');
  });
});
