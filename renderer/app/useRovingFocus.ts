import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

export interface RovingFocus {
  /** The elements that take the focus in turn, as a CSS selector within the group. */
  items: string;
  /** Which arrows move: ←/→ along a toolbar, ↑/↓ down a list. */
  orientation: 'horizontal' | 'vertical';
  /** Past either end: round to the other (a toolbar), or no further (a list). */
  wrap: boolean;
  /** The arrow back from the first item when not wrapping: to whatever leads into the group. */
  onBeforeFirst?: () => void;
}

const itemsOf = (group: HTMLElement | null, selector: string): HTMLElement[] =>
  group
    ? [...group.querySelectorAll<HTMLElement>(selector)].filter((item) => !item.matches(':disabled'))
    : [];

/**
 * A group as the ARIA patterns for toolbars and lists have it: one Tab stop (the item used last, or
 * the first), and the arrows, Home and End move between its items — so Tab goes past the group in one
 * step however many items it holds. Disabled items are passed over.
 */
export function useRovingFocus(group: RefObject<HTMLElement | null>, roving: RovingFocus) {
  const current = useRef<HTMLElement | null>(null);
  const { items, orientation, wrap, onBeforeFirst } = roving;

  // After every render (items come and go, get enabled and disabled): exactly one takes Tab.
  useLayoutEffect(() => {
    const enabled = itemsOf(group.current, items);
    const stop = current.current && enabled.includes(current.current) ? current.current : enabled[0];
    for (const item of group.current?.querySelectorAll<HTMLElement>(items) ?? [])
      item.tabIndex = item === stop ? 0 : -1;
  });

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const enabled = itemsOf(group.current, items);
    if (!(event.target instanceof HTMLElement) || !enabled.includes(event.target)) return;
    current.current = event.target;
    for (const item of enabled) item.tabIndex = item === event.target ? 0 : -1;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const enabled = itemsOf(group.current, items);
    const at = enabled.indexOf(event.target as HTMLElement);
    if (at === -1) return;
    const [back, forward] =
      orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    const last = enabled.length - 1;
    if (event.key === back && at === 0 && !wrap) {
      if (!onBeforeFirst) return;
      event.preventDefault();
      onBeforeFirst();
      return;
    }
    const to =
      event.key === forward
        ? wrap
          ? (at + 1) % enabled.length
          : Math.min(at + 1, last)
        : event.key === back
          ? (at - 1 + enabled.length) % enabled.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (to === undefined) return;
    // The arrow keys would scroll the page as well as move the focus.
    event.preventDefault();
    enabled[to]?.focus();
  };

  return { onFocus, onKeyDown };
}
