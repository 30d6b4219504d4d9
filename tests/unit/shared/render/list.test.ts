import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../../../shared/render/body';
import { list, listItem, text } from '../../support/documents';

describe('a numbered list in the export', () => {
  const render = (start: unknown) =>
    renderBlocks([{ ...list('number', listItem(text('Poin'))), start }], { issues: [] }).markup;

  it('starts at the stored number when it is a whole one other than 1', () => {
    expect(render(3)).toBe('<ol start="3" dir="auto"><li>Poin</li></ol>');
    expect(render(1)).toBe('<ol dir="auto"><li>Poin</li></ol>');
    expect(render(0)).toBe('<ol start="0" dir="auto"><li>Poin</li></ol>');
  });

  it('leaves out a start HTML does not take: a fraction, a number too large to write whole, no number', () => {
    for (const start of [2.5, 1e30, Number.NaN, '4', null])
      expect(render(start)).toBe('<ol dir="auto"><li>Poin</li></ol>');
  });
});
