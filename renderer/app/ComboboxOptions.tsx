import type { KeyboardEvent, ReactNode } from 'react';

/** The id of a search combobox's option, for `aria-activedescendant`. */
export const optionId = (listId: string, index: number): string => `${listId}-${index}`;

/** The attributes of the text box that searches a combobox's options. */
export function comboboxInputProps(listId: string, count: number, active: number) {
  return {
    role: 'combobox',
    'aria-expanded': count > 0,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': count > 0 ? optionId(listId, active) : undefined,
  } as const;
}

/** The text box's keys: arrows move the highlighted option (wrapping), Enter picks it. */
export function comboboxKeys<T>(
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
