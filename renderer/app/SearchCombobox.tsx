import {
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

/** The id of a search combobox's option, for `aria-activedescendant`. */
const optionId = (listId: string, index: number): string => `${listId}-${index}`;

/** The attributes of the text box that searches a combobox's options. */
function comboboxInputProps(listId: string, count: number, active: number) {
  return {
    role: 'combobox',
    'aria-expanded': count > 0,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': count > 0 ? optionId(listId, active) : undefined,
  } as const;
}

const SEARCH_DELAY_MS = 120;

/** Enter's choice: the first result, or (a query typed that found nothing) `pickNothing`. */
function chooseFirst<T>(
  handlers: { pick: (item: T) => void; pickNothing: (() => void) | undefined },
  items: readonly T[],
  typed: string,
): void {
  if (items[0] !== undefined) handlers.pick(items[0]);
  else if (typed.trim()) handlers.pickNothing?.();
}

/**
 * A search combobox's state: results fetched a moment after typing stops (at once for the empty
 * query), the highlighted option, and the text box's keys. Earlier results stay on screen while the
 * next search runs, but Enter never picks from them: pressed too early, it picks the first result of
 * what was typed as soon as that arrives.
 */
export function useComboboxSearch<T>(
  search: (query: string) => Promise<T[] | null>,
  pick: (item: T) => void,
  /** Enter on a query that found nothing (none when absent). */
  pickNothing?: () => void,
) {
  const [query, setQuery] = useState('');
  const listId = useId();
  const [results, setResults] = useState<{ query: string; items: T[] } | null>(null);
  const [active, setActive] = useState(0);
  const pendingEnter = useRef<string | null>(null);
  // The newest answer, known at once (the state above reaches the keys only with the next render).
  const answered = useRef<{ query: string; items: T[] } | null>(null);
  const latest = useRef({ search, pick, pickNothing });
  useEffect(() => {
    latest.current = { search, pick, pickNothing };
  });

  useEffect(() => {
    let live = true;
    // An Enter pressed for another query (typed on, or deleted back) no longer stands.
    if (pendingEnter.current !== query) pendingEnter.current = null;
    const timer = window.setTimeout(
      () =>
        void latest.current.search(query).then((items) => {
          if (!live) return;
          if (items === null) {
            pendingEnter.current = null;
            return;
          }
          const answer = { query, items };
          answered.current = answer;
          setResults(answer);
          setActive(0);
          if (pendingEnter.current === query) {
            pendingEnter.current = null;
            chooseFirst(latest.current, items, query);
          }
        }),
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  const found = results?.items ?? null;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const answer = answered.current;
    if (answer?.query === query) {
      if (event.key === 'Enter' && answer.items.length === 0) {
        event.preventDefault();
        return chooseFirst(latest.current, answer.items, query);
      }
      // An answer not rendered yet is highlighted from its first option, as it will be shown.
      comboboxKeys(answer.items, answer === results ? active : 0, setActive, pick)(event);
    } else if (event.key === 'Enter') {
      pendingEnter.current = query;
      event.preventDefault();
    } else comboboxKeys(found, active, setActive, () => undefined)(event);
  };
  return {
    query,
    found,
    /** Spread on the search text box. */
    input: {
      ...comboboxInputProps(listId, found?.length ?? 0, active),
      value: query,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value),
      onKeyDown,
    },
    /** Spread on its ComboboxOptions. */
    options: { listId, items: found, active, setActive, onPick: pick },
  };
}

/** The text box's keys: arrows move the highlighted option (wrapping), Enter picks it. */
function comboboxKeys<T>(
  items: readonly T[] | null,
  active: number,
  setActive: (index: number) => void,
  pick: (item: T) => void,
) {
  return (event: KeyboardEvent<HTMLInputElement>): void => {
    const count = items?.length ?? 0;
    if (event.key === 'ArrowDown' && count > 0) setActive((active + 1) % count);
    else if (event.key === 'ArrowUp' && count > 0) setActive((active - 1 + count) % count);
    else if (event.key === 'Enter' && items?.[active] !== undefined) pick(items[active]);
    else return;
    event.preventDefault();
  };
}

/**
 * The listbox of a search combobox: the mouse highlights and picks as the keys do, and pressing an
 * option does not take the focus from the text box.
 */
export function ComboboxOptions<T>(props: {
  listId: string;
  label: string;
  className: string;
  items: readonly T[] | null;
  active: number;
  setActive: (index: number) => void;
  onPick: (item: T) => void;
  itemKey: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  return (
    <ul id={props.listId} role="listbox" aria-label={props.label} className={props.className}>
      {props.items?.map((item, index) => (
        <li
          key={props.itemKey(item)}
          id={optionId(props.listId, index)}
          role="option"
          aria-selected={index === props.active}
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => props.setActive(index)}
          onClick={() => props.onPick(item)}
        >
          {props.children(item)}
        </li>
      ))}
    </ul>
  );
}
