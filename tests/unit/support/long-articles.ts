import type { StoredDocument, StoredNode } from '../../../shared/editor/document';
import { seededRandom } from './random';
import { documentOf, heading, list, listItem, paragraph, quote, text } from './documents';

export const pageBreak = (): StoredNode => ({ type: 'page-break', version: 1 });
/** A photo block as the photo desk stores it; only its type matters to pagination. */
export const photo = (): StoredNode => ({
  type: 'photo',
  version: 1,
  photoId: 'p1',
  caption: '',
  credit: '',
});

const WORDS = ['warga', 'banjir', 'kota', 'Medan', 'hujan', 'petugas', 'sungai', 'rumah', 'jalan', 'air'];
export const sentence = (count: number, random: () => number = () => 0): string =>
  Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

export const LONG_ARTICLE_LIMITS = { paragraphWords: 80, headingWords: 8 } as const;

/**
 * A long article of `blocks` top-level blocks: mostly paragraphs of 10–80 words, with headings, quotes,
 * lists and photos mixed in. A heading or photo is always followed by a paragraph, so the longest run
 * that no break may split is a heading, a photo and a paragraph: at most 8 + 0 + 80 words.
 */
export function longArticle(blocks: number, seed: number): StoredDocument {
  const random = seededRandom(seed);
  const words = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const children: StoredNode[] = [];
  while (children.length < blocks) {
    const roll = random();
    if (roll < 0.06) children.push(heading('h2', text(sentence(words(2, 8), random))));
    if (roll >= 0.06 && roll < 0.1) children.push(photo());
    if (roll >= 0.1 && roll < 0.14) children.push(quote(text(sentence(words(10, 60), random))));
    if (roll >= 0.14 && roll < 0.18)
      children.push(
        list(
          'bullet',
          listItem(text(sentence(words(3, 20), random))),
          listItem(text(sentence(words(3, 20), random))),
        ),
      );
    children.push(paragraph(text(sentence(words(10, 80), random))));
  }
  return documentOf(...children);
}
