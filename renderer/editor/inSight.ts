/** The part of the window the article's text shows in: between the sticky toolbar and status line. */
export interface Band {
  top: number;
  bottom: number;
}

/**
 * Where the text is in sight, in window coordinates. The toolbar above the body and the status line
 * at the foot stick to the window's edges (where the layout makes them sticky), and cover the text
 * scrolled under them; so does a page notice while it is shown above the status line.
 */
export function stickyBand(root: HTMLElement): Band {
  const editor = root.closest('.rx-body-editor');
  const head = editor?.querySelector('.rx-body-head');
  const foot = document.querySelector('.rx-status-line');
  const notice = editor?.querySelector('.rx-page-notice');
  const sticky = (element: Element | null | undefined): element is Element =>
    !!element && getComputedStyle(element).position === 'sticky';
  const bottom = sticky(foot) ? foot.getBoundingClientRect().top : window.innerHeight;
  return {
    top: sticky(head) ? head.getBoundingClientRect().bottom : 0,
    bottom: notice ? Math.min(bottom, notice.getBoundingClientRect().top) : bottom,
  };
}

/** Where the caret is drawn, or null (no selection in the body, or nothing laid out for it). */
export function caretRect(root: HTMLElement): DOMRect | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !root.contains(selection.focusNode)) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode!, selection.focusOffset);
  const rect = range.getClientRects()[0] ?? null;
  if (rect && rect.height > 0) return rect;
  // An empty line has no text to measure: its block does.
  const node = selection.focusNode;
  const block = node instanceof Element ? node : node?.parentElement;
  return block?.getBoundingClientRect() ?? null;
}

/**
 * The line the caret is on, top to bottom: the caret's own box grown to its block's line height (the
 * text's box leaves out the space between lines, where a menu put at the caret would cover it).
 */
export function caretLine(root: HTMLElement): { top: number; bottom: number } | null {
  const caret = caretRect(root);
  if (!caret) return null;
  const node = window.getSelection()?.focusNode;
  const block = node instanceof Element ? node : node?.parentElement;
  const lineHeight = block ? parseFloat(getComputedStyle(block).lineHeight) : NaN;
  const spare =
    Number.isFinite(lineHeight) && lineHeight > caret.height ? (lineHeight - caret.height) / 2 : 0;
  return { top: caret.top - spare, bottom: caret.bottom + spare };
}

/** Room kept between the caret and a sticky bar, as for the fields (editor.css). */
const ROOM_PX = 8;

/** Scrolls the window just enough to show the caret between the toolbar and the bars at the foot. */
export function bringCaretInSight(root: HTMLElement): void {
  const caret = caretRect(root);
  if (!caret) return;
  const { top: headBottom, bottom: footTop } = stickyBand(root);
  if (caret.bottom > footTop - ROOM_PX) window.scrollBy(0, caret.bottom - footTop + ROOM_PX);
  else if (caret.top < headBottom + ROOM_PX) window.scrollBy(0, caret.top - headBottom - ROOM_PX);
}
