import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const buttonsOf = (toolbar: HTMLElement | null): HTMLButtonElement[] =>
  toolbar
    ? [...toolbar.querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.disabled)
    : [];

/**
 * A toolbar as the ARIA pattern has it: one Tab stop (the button used last, or the first), and the
 * arrows, Home and End move between its buttons — so Tab goes past fourteen formatting buttons in one
 * step instead of fourteen. Disabled buttons are passed over.
 */
export function useRovingToolbar(toolbar: RefObject<HTMLElement | null>) {
  const current = useRef<HTMLButtonElement | null>(null);

  // After every render (buttons come and go, get enabled and disabled): exactly one takes Tab.
  useLayoutEffect(() => {
    const buttons = buttonsOf(toolbar.current);
    const stop = current.current && buttons.includes(current.current) ? current.current : buttons[0];
    for (const button of toolbar.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])
      button.tabIndex = button === stop ? 0 : -1;
  });

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (!(event.target instanceof HTMLButtonElement)) return;
    current.current = event.target;
    for (const button of buttonsOf(toolbar.current)) button.tabIndex = button === event.target ? 0 : -1;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = buttonsOf(toolbar.current);
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at === -1) return;
    const next =
      event.key === 'ArrowRight'
        ? buttons[(at + 1) % buttons.length]
        : event.key === 'ArrowLeft'
          ? buttons[(at - 1 + buttons.length) % buttons.length]
          : event.key === 'Home'
            ? buttons[0]
            : event.key === 'End'
              ? buttons.at(-1)
              : undefined;
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  return { onFocus, onKeyDown };
}
