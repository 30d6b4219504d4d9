import { markPastedPageBreaks } from './pasteBreaks';
import { flattenPastedQuotes } from './pasteQuotes';
import { wordListsToLists } from './pasteWordLists';

// Elements whose text is code or metadata, never article text (a script inside an SVG included).
const NOT_TEXT =
  'script, style, template, noscript, head, title, meta, link, iframe, object, embed, frame, frameset';

// Elements that show something other than text: dropped from a paste, leaving a space.
const EMBEDDED = 'img, svg, video, audio, picture, canvas, input';

type Declarations = Map<string, string>;

/** Reads an inline style attribute; inert (DOMParser) documents do not compute `element.style`. */
function declarations(element: Element): Declarations {
  const map: Declarations = new Map();
  for (const part of (element.getAttribute('style') ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0)
      map.set(
        part.slice(0, colon).trim().toLowerCase(),
        part
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return map;
}

const isBold = (style: Declarations): boolean => {
  const weight = style.get('font-weight') ?? '';
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
};
const decorations = (style: Declarations): string =>
  `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;

const STYLE_TAGS: Array<[test: (style: Declarations) => boolean, tag: string]> = [
  [isBold, 'b'],
  [(style) => style.get('font-style') === 'italic', 'i'],
  [(style) => decorations(style).includes('underline'), 'u'],
  [(style) => decorations(style).includes('line-through'), 's'],
];

/**
 * Word and Google Docs say "bold" with inline styles rather than tags. Turn the four formats the
 * body supports into tags, then drop every style attribute: colours, fonts and sizes never arrive.
 */
function styleToTags(document: Document): void {
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: a wrapper, not bold text.
  for (const element of document.querySelectorAll('b, strong')) {
    const weight = declarations(element).get('font-weight');
    if (weight === 'normal' || weight === '400') element.replaceWith(...element.childNodes);
  }
  for (const element of document.querySelectorAll('[style]')) {
    const style = declarations(element);
    element.removeAttribute('style');
    // A link's underline (Google Docs and many web pages style their links so) is the link's look,
    // not underlined words: kept, it would stay on the words after the link is removed.
    const inLink = element.closest('a[href]') !== null;
    const tags = STYLE_TAGS.filter(([test, tag]) => test(style) && !(inLink && tag === 'u')).map(
      ([, tag]) => tag,
    );
    if (tags.length === 0) continue;
    let inner: Node[] = [...element.childNodes];
    for (const tag of tags) {
      const wrapper = document.createElement(tag);
      wrapper.append(...inner);
      inner = [wrapper];
    }
    element.append(...inner);
  }
}

export interface CleanedHtml {
  /** An inert document holding only what the body can take in; Lexical's importers do the rest. */
  document: Document;
  /** Page breaks inside a pasted list, quote or table, left out (the editor says so). */
  leftOut: number;
}

/**
 * HTML from outside Redaksi (Word, Google Docs, a web page, another editor), parsed into an inert
 * document with code-bearing elements removed, Word's lists made lists, page breaks marked, quotes
 * flattened and the supported formats turned from styles into tags.
 */
export function cleanPastedHtml(html: string): CleanedHtml {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.querySelectorAll(NOT_TEXT)) element.remove();
  // An image (or other embedded thing) between words is dropped, but the words stay apart: Lexical
  // takes an element it does not know as a line's end and would trim the spaces either side.
  for (const element of document.querySelectorAll(EMBEDDED))
    element.replaceWith(document.createTextNode(' '));
  wordListsToLists(document);
  // Before the quotes are flattened: a break on a block inside a quote went with the block, uncounted.
  const { leftOut } = markPastedPageBreaks(document);
  flattenPastedQuotes(document);
  styleToTags(document);
  return { document, leftOut };
}
