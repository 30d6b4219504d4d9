import type { Locator, Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/**
 * The point just after the last character of `target`'s text, scrolled to the middle of the window:
 * where a drop lands at its end.
 * Measured until it holds still over two frames (the editor may still be scrolling its caret into
 * view after the last change), and checked to be over `target` itself.
 */
export async function endOfText(target: Locator): Promise<Point> {
  return target.evaluate(async (element) => {
    // In the middle of the window: at its foot, the status line would be over it.
    element.scrollIntoView({ block: 'center' });
    const measure = () => {
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      while (walker.nextNode()) last = walker.currentNode as Text;
      const range = element.ownerDocument.createRange();
      range.setStart(last!, last!.length - 1);
      range.setEnd(last!, last!.length);
      const box = range.getBoundingClientRect();
      return { x: box.right + 1, y: box.top + box.height / 2 };
    };
    const frame = () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => resolve());
        setTimeout(resolve, 100);
      });
    let point = measure();
    for (let tries = 0; tries < 20; tries += 1) {
      await frame();
      await frame();
      const again = measure();
      if (again.x === point.x && again.y === point.y) break;
      point = again;
    }
    const hit = element.ownerDocument.elementFromPoint(point.x, point.y);
    if (hit === null || !(hit === element || element.contains(hit)))
      throw new Error(
        `the end of "${element.textContent}" is not in view to drop on: ${hit?.outerHTML.slice(0, 300)}`,
      );
    return point;
  });
}

/**
 * Drags data of the given types in from outside the page (a selection dragged from Word or a web
 * page) and drops it at `point`: Chromium's own drag and drop, through the DevTools protocol, so the
 * browser does what it does with a real drop (the drop event, then its insertFromDrop), unlike a
 * DragEvent dispatched from the page.
 */
export async function dropFromOutside(page: Page, point: Point, data: Record<string, string>): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const dragData = {
    items: Object.entries(data).map(([mimeType, value]) => ({ mimeType, data: value })),
    dragOperationsMask: 1, // copy, as from another application
  };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
    await session.send('Input.dispatchDragEvent', { type, ...point, data: dragData });
  await session.detach();
}
