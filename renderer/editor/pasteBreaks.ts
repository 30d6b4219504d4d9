/**
 * Word marks a page break as `<br style="page-break-before:always">` (in a paragraph of its own, or
 * before the text of the next page's first paragraph), Google Docs as `<hr style="page-break-before:
 * always">`, and any page can set `break-before: page` on a block. Before a paste's styles are dropped,
 * each such mark becomes Redaksi's own `<hr data-page-break>`, between blocks where the body keeps
 * its breaks (a paragraph with the mark in the middle is split there); the page rules then decide
 * whether it may stay (PageBreakPlugin). A mark inside a list, quote or table, where no page may end, is
 * left out there (a line break where it stood between words), and counted so the editor can say so.
 */
const BREAK = /(?:^|;)\s*(?:page-break-(before|after)\s*:\s*always|break-(before|after)\s*:\s*page)\b/i;
const BLOCK = 'p, div, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th';
// What ends a line: a block, a list, a table row, a rule or a line break.
const LINE_END = `${BLOCK}, ul, ol, table, tr, hr, br`;

export interface PastedPageBreaks {
  /** Marks turned into page breaks (the page rules may still refuse some of them). */
  marked: number;
  /** Marks inside a list, quote or table, left out. */
  leftOut: number;
}

export function markPastedPageBreaks(document: Document): PastedPageBreaks {
  let marked = 0;
  let leftOut = 0;
  for (const element of [...document.querySelectorAll('[style]')]) {
    const found = BREAK.exec(element.getAttribute('style') ?? '');
    if (!found || !element.isConnected) continue;
    const after = (found[1] ?? found[2])!.toLowerCase() === 'after';
    const empty = element.textContent?.trim() === '';
    // In a list, quote or table a page can neither end nor start (the page rules): the mark goes, the
    // text stays. Between words it leaves a line break, as a plain <br> there would, so they stay apart.
    if (element.closest('li, ul, ol, table, blockquote')) {
      if (empty && !element.matches('li, ul, ol, table, tr, td, th, blockquote')) {
        // A line break where a <br> was; an empty styled span between words only keeps them apart.
        if (wordsBeside(element, 'previousSibling') && wordsBeside(element, 'nextSibling'))
          element.replaceWith(
            element.matches('br') || element.querySelector('br') !== null
              ? document.createElement('br')
              : document.createTextNode(' '),
          );
        else element.remove();
      }
      leftOut += 1;
      continue;
    }
    const marker = document.createElement('hr');
    marker.setAttribute('data-page-break', '');
    // The block that holds the mark (or is the mark): breaks stand between blocks, never inside one.
    const block = element.matches(BLOCK) ? element : (element.parentElement?.closest(BLOCK) ?? null);
    if (block === null) {
      if (empty) element.replaceWith(marker);
      else element[after ? 'after' : 'before'](marker);
    } else if (block.textContent?.trim() === '') {
      block.replaceWith(marker);
    } else if (block === element) {
      block[after ? 'after' : 'before'](marker);
    } else {
      const before = textBefore(block, element);
      const rest = textAfter(block, element);
      if (before !== '' && rest !== '') {
        // Mid-paragraph ("Sebelum<br style=…>Sesudah"): the paragraph is split where the break was.
        const range = document.createRange();
        range.setStartAfter(element);
        range.setEnd(block, block.childNodes.length);
        const second = block.cloneNode(false) as Element;
        second.append(range.extractContents());
        if (empty) element.remove();
        block.after(marker, second);
      } else {
        if (empty) element.remove();
        block[before === '' ? 'before' : 'after'](marker);
      }
    }
    marked += 1;
  }
  return { marked, leftOut };
}

/** The text of `block` that comes before `inner` in reading order. */
function textBefore(block: Element, inner: Element): string {
  const range = block.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEndBefore(inner);
  return range.toString().trim();
}

/** The text of `block` that comes after `inner` in reading order. */
function textAfter(block: Element, inner: Element): string {
  const range = block.ownerDocument.createRange();
  range.setStartAfter(inner);
  range.setEnd(block, block.childNodes.length);
  return range.toString().trim();
}

/** Whether words stand next to `mark` on its side `side`, on the same line (no block or break between). */
function wordsBeside(mark: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  let node: Node = mark;
  for (;;) {
    const next = node[side];
    if (next === null) {
      const parent = node.parentElement;
      if (parent === null || parent.matches(LINE_END)) return false;
      node = parent;
    } else if (next instanceof Element && next.matches(LINE_END)) {
      return false;
    } else if (
      // Only text is words: a comment's text (Word's "<!--[if …]>" beside its breaks) is not.
      (next.nodeType === Node.TEXT_NODE || next.nodeType === Node.ELEMENT_NODE) &&
      next.textContent?.trim()
    ) {
      return true;
    } else {
      node = next;
    }
  }
}
