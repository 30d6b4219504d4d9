import { useEffect, useRef, type RefObject } from 'react';

/**
 * ↓ or Enter in the search field: to the first row, once the rows answer what was typed. A key
 * pressed before they do waits for them, and is dropped if meanwhile the query changed or the focus
 * left the field: the rows would then answer a query no longer asked, or pull the focus from where the
 * user went, and the keys typed on would land on a row and be lost.
 */
export function useFirstRowKey({
  search,
  rows,
  query,
  answered,
}: {
  search: RefObject<HTMLInputElement | null>;
  rows: RefObject<HTMLElement | null>;
  query: string;
  /** Whether the rows shown answer the filters as they are now. */
  answered: boolean;
}) {
  /** The query the key was pressed on, while its rows are awaited. */
  const pending = useRef<string | null>(null);
  const firstRow = () => rows.current?.querySelector<HTMLAnchorElement>('a.rx-row-link');

  useEffect(() => {
    const asked = pending.current;
    if (asked === null || !answered) return;
    pending.current = null;
    if (asked === query && document.activeElement === search.current) firstRow()?.focus();
  });

  return {
    /** The key pressed in the search field. */
    toFirstRow: () => {
      if (answered) firstRow()?.focus();
      else pending.current = query;
    },
    /** The query typed on, or the focus gone elsewhere: a key still waiting is dropped. */
    cancel: () => {
      pending.current = null;
    },
  };
}
