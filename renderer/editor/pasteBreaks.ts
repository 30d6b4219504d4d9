/**
 * Word marks a page break as `<br style="page-break-before:always">` (in a paragraph of its own, or
 * before the text of the next page's first paragraph), Google Docs as `<hr style="page-break-before:
 * always">`, and any page can set `break-before: page` on a block. Before a paste's styles are dropped,
 * each such mark becomes Redaksi's own `<hr data-page-break>`, between blocks where the body keeps
 * its breaks; the page rules then decide whether it may stay (PageBreakPlugin).
 */
const BREAK = /(?:^|;)\s*(?:page-break-(before|after)\s*:\s*always|break-(before|after)\s*:\s*page)\b/i;
const BLOCK = 'p, div, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th';

export function markPastedPageBreaks(document: Document): number {
  let marked = 0;
  for (const element of [...document.querySelectorAll('[style]')]) {
    const found = BREAK.exec(element.getAttribute('style') ?? '');
    if (!found || !element.isConnected) continue;
    const after = (found[1] ?? found[2])!.toLowerCase() === 'after';
    const marker = document.createElement('hr');
    marker.setAttribute('data-page-break', '');
    const empty = element.textContent?.trim() === '';
    // The block that holds the mark (or is the mark): breaks stand between blocks, never inside one.
    const block = element.matches(BLOCK) ? element : (element.parentElement?.closest(BLOCK) ?? null);
    if (block === null) {
      if (empty) element.replaceWith(marker);
      else element[after ? 'after' : 'before'](marker);
    } else if (block.textContent?.trim() === '') {
      block.replaceWith(marker);
    } else {
      const before = block === element ? !after : textBefore(block, element) === '';
      if (block !== element && empty) element.remove();
      block[before ? 'before' : 'after'](marker);
    }
    marked += 1;
  }
  return marked;
}

/** The text of `block` that comes before `inner` in reading order. */
function textBefore(block: Element, inner: Element): string {
  const range = block.ownerDocument.createRange();
  range.setStart(block, 0);
  range.setEndBefore(inner);
  return range.toString().trim();
}
