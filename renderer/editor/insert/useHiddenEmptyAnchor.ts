import { useEffect } from 'react';

/**
 * Lexical appends its menu container to the page — a listbox named "Typeahead menu", in English — as
 * soon as the editor opens, and leaves it there empty whenever nothing is listed. Screen readers are
 * kept from it until it holds options. Only the page's own children and that container are watched,
 * never the body's text, so typing costs nothing.
 */
export function useHiddenEmptyAnchor(): void {
  useEffect(() => {
    const watched = new WeakSet<Element>();
    const sync = (anchor: Element) => {
      if (anchor.querySelector('[role="option"]')) anchor.removeAttribute('aria-hidden');
      else anchor.setAttribute('aria-hidden', 'true');
    };
    const inner = new MutationObserver((records) => {
      for (const record of records) {
        const anchor = record.target instanceof Element ? record.target.closest('.rx-insert-anchor') : null;
        if (anchor) sync(anchor);
      }
    });
    const watch = () => {
      for (const anchor of document.querySelectorAll('body > .rx-insert-anchor')) {
        sync(anchor);
        if (watched.has(anchor)) continue;
        watched.add(anchor);
        inner.observe(anchor, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['role', 'class'],
        });
      }
    };
    const outer = new MutationObserver(watch);
    outer.observe(document.body, { childList: true });
    watch();
    return () => {
      outer.disconnect();
      inner.disconnect();
    };
  }, []);
}
