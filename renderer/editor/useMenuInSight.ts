import { useLayoutEffect, useRef, type RefObject } from 'react';
import { caretLine, stickyBand } from './inSight';
import { placeMenu } from './menuPlacement';

/**
 * Scrolls a menu held short to its option `index`, within the menu only: the browser's
 * scrollIntoView would scroll the window too, and the menu, placed again, would move from under it.
 */
function revealOption(menu: HTMLElement, index: number | null): void {
  const option = index === null ? null : menu.children.item(index);
  if (!(option instanceof HTMLElement)) return;
  if (option.offsetTop < menu.scrollTop) menu.scrollTop = option.offsetTop;
  else if (option.offsetTop + option.offsetHeight > menu.scrollTop + menu.clientHeight)
    menu.scrollTop = option.offsetTop + option.offsetHeight - menu.clientHeight;
}

/**
 * Keeps a menu opened at the caret wholly in sight: under or over the caret's line, clear of the
 * sticky toolbar and status line, inside the window's width, scrolling when no side has room for it.
 * The menu is placed inside `container` (absolutely, as Lexical's typeahead places the container at
 * the caret); it is placed again when that container moves, the window scrolls or resizes, and after
 * each render (`key` changes: the options listed). A menu held short shows its highlighted option.
 */
export function useMenuInSight(
  root: HTMLElement | null,
  container: HTMLElement,
  menuRef: RefObject<HTMLElement | null>,
  key: unknown,
  highlighted: number | null,
): void {
  const shown = useRef(highlighted);
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!root || !menu) return;
    const place = () => {
      const line = caretLine(root);
      if (!line) return;
      const origin = container.getBoundingClientRect();
      // Its whole height whatever it is held to (a held menu keeps where it is scrolled to).
      const height = menu.scrollHeight + menu.offsetHeight - menu.clientHeight;
      const spot = placeMenu({
        // The menu starts where its container was put: at the start of what was typed for it ("/…").
        caret: { ...line, left: origin.left },
        menu: { width: menu.offsetWidth, height },
        band: stickyBand(root),
        windowWidth: document.documentElement.clientWidth,
      });
      menu.style.top = `${spot.top - origin.top}px`;
      menu.style.left = `${spot.left - origin.left}px`;
      menu.style.maxHeight = spot.maxHeight === null ? '' : `${spot.maxHeight}px`;
      revealOption(menu, shown.current);
    };
    place();
    const moved = new MutationObserver(place);
    moved.observe(container, { attributes: true, attributeFilter: ['style'] });
    window.addEventListener('scroll', place, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      moved.disconnect();
      window.removeEventListener('scroll', place);
      window.removeEventListener('resize', place);
    };
  }, [root, container, menuRef, key]);
  useLayoutEffect(() => {
    shown.current = highlighted;
    if (menuRef.current) revealOption(menuRef.current, highlighted);
  }, [menuRef, highlighted, key]);
}
