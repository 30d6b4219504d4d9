// Blocks a pasted quote may hold (a web page's <blockquote><p>…</p><p>…</p></blockquote>, a mail's
// quoted list): a quote in the body holds only words and line breaks.
const BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, blockquote, pre, section, article, table, tr';

const isBreak = (node: Node | null): boolean => node instanceof Element && node.tagName === 'BR';
const isBlank = (node: Node): boolean => node.nodeType === Node.TEXT_NODE && !node.textContent?.trim();

/**
 * Makes each pasted quote one block of lines: every block inside it is unwrapped, its words kept and
 * a line break after them, without blank lines at the ends or two breaks in a row.
 */
export function flattenPastedQuotes(document: Document): void {
  // Outermost first: an inner quote's own blocks are then found among the outer quote's.
  for (const quote of document.querySelectorAll('blockquote')) {
    if (!quote.isConnected || quote.parentElement?.closest('blockquote')) continue;
    const blocks = [...quote.querySelectorAll(BLOCKS)].reverse(); // innermost first
    for (const block of blocks) block.replaceWith(...block.childNodes, document.createElement('br'));
    // No break at the start or end, and none doubled (a list item's paragraph ended twice).
    let previousBreak = true;
    for (const child of [...quote.childNodes]) {
      if (isBlank(child)) continue;
      if (isBreak(child) && previousBreak) child.remove();
      else previousBreak = isBreak(child);
    }
    while (quote.lastChild && (isBreak(quote.lastChild) || isBlank(quote.lastChild)))
      quote.lastChild.remove();
  }
}
