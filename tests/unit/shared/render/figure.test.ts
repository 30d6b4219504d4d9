import { describe, expect, it } from 'vitest';
import { renderFigure, type Figure } from '../../../../shared/render/figure';

const RLO = '\u202e';
const PDF = '\u202c';

const figure = (caption: string, credit: string): Figure => ({
  webp: [{ file: 'images/p-480.webp', width: 480, height: 320 }],
  jpeg: [{ file: 'images/p-480.jpg', width: 480, height: 320 }],
  width: 480,
  height: 320,
  alt: 'Kapal di dermaga',
  caption,
  credit,
  eager: true,
});

describe('a figure’s caption and credit', () => {
  it('ends a right-to-left override in the credit before its closing parenthesis, so the bracket does not turn round', () => {
    const html = renderFigure(figure(`Kapal ${RLO}bersandar`, `ANI ${RLO}LESTARI`)).markup;
    expect(html).toContain(
      `<figcaption>Kapal ${RLO}bersandar${PDF} <span class="credit">(ANI ${RLO}LESTARI${PDF})</span></figcaption>`,
    );
  });
});
