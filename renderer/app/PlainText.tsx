import {
  memo,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type FocusEventHandler,
  type KeyboardEventHandler,
  type Ref,
} from 'react';

export type PlainTextElement = HTMLInputElement & HTMLTextAreaElement;

/** What the field element is rendered with: nothing here may change while the user types. */
interface Attributes {
  id: string;
  name?: string;
  maxLength: number;
  /** A textarea of this many rows; a one-line input without it. */
  rows?: number;
  describedBy?: string;
  onBlur?: FocusEventHandler;
  onKeyDown?: KeyboardEventHandler;
}

const Element = memo(function Element({
  rows,
  describedBy,
  element,
  ...attributes
}: Attributes & { element: Ref<PlainTextElement> }) {
  const common = { ...attributes, ref: element, 'aria-describedby': describedBy };
  return rows === undefined ? <input type="text" {...common} /> : <textarea rows={rows} {...common} />;
});

/**
 * A text field whose typing the browser keeps for its own undo. React rewrites a controlled
 * textarea's text (its default value), and an input's attributes, on every update and after every
 * input event it sees; Chromium then undoes a burst of typing a character or a few at a time. Here
 * the element is rendered once (its attributes must be stable: memoised handlers), its text is
 * written only when `value` differs from what it shows (a change from outside), and typing is read
 * through a native listener that React's root never sees.
 */
export function PlainText({
  value,
  onValue,
  fieldRef,
  ...attributes
}: Attributes & {
  value: string;
  onValue: (next: string) => void;
  fieldRef?: Ref<PlainTextElement>;
}) {
  const element = useRef<PlainTextElement>(null);
  useImperativeHandle(fieldRef, () => element.current!, []);
  useLayoutEffect(() => {
    if (element.current && element.current.value !== value) element.current.value = value;
  }, [value]);
  const latest = useRef(onValue);
  useEffect(() => {
    latest.current = onValue;
  });
  useEffect(() => {
    const field = element.current;
    if (!field) return;
    const onInput = (event: Event) => {
      event.stopPropagation();
      latest.current(field.value);
    };
    field.addEventListener('input', onInput);
    return () => field.removeEventListener('input', onInput);
  }, []);
  return <Element {...attributes} element={element} />;
}
