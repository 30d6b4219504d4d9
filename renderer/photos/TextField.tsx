import {
  memo,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { useFieldDraft } from './useFieldDraft';

type FieldElement = HTMLInputElement & HTMLTextAreaElement;

interface FieldProps {
  id: string;
  multiline: boolean;
  maxLength: number;
  fieldRef: RefObject<FieldElement | null>;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * The field itself, uncontrolled, rendered once and read through a native input listener: React
 * rewrites a textarea's text children (its default value) and an input's attributes on every update
 * and after every input event it sees, and Chromium then undoes a typed burst a character or a few at
 * a time. Left alone, the field keeps the browser's own undo of what it shows.
 */
const Field = memo(function Field({ id, multiline, fieldRef, ...handlers }: FieldProps) {
  // No default text either: React would write it again after each input event.
  const common = { id, ref: fieldRef, 'aria-describedby': `${id}-hints`, ...handlers };
  return multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
});

/**
 * A labelled text field that commits after a pause in typing and on blur (see useFieldDraft);
 * `hints` renders advice under it, tied to the field with aria-describedby.
 */
export function TextField(props: {
  label: string;
  value: string;
  onCommit: (next: string) => void;
  multiline?: boolean;
  maxLength: number;
  hints?: (draft: string, id: string) => ReactNode;
  onEscape?: () => void;
  inputRef?: Ref<FieldElement>;
}) {
  const id = useId();
  const { draft, change, flush } = useFieldDraft(props.value, props.onCommit);
  const field = useRef<FieldElement>(null);
  // The text, when the field appears and when a draft comes from outside (an undo elsewhere, another
  // photo); typing is there already.
  useLayoutEffect(() => {
    if (field.current && field.current.value !== draft) field.current.value = draft;
  }, [draft]);
  useImperativeHandle(props.inputRef, () => field.current!, []);
  const escape = useRef(props.onEscape);
  useEffect(() => {
    escape.current = props.onEscape;
  });
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !escape.current) return;
      event.preventDefault();
      flush();
      escape.current();
    },
    [flush],
  );
  useEffect(() => {
    const element = field.current;
    if (!element) return;
    // Kept from React's root listener too, which restores a field's attributes after each input event.
    const onInput = (event: Event) => {
      event.stopPropagation();
      change(element.value);
    };
    element.addEventListener('input', onInput);
    return () => element.removeEventListener('input', onInput);
  }, [change]);
  return (
    <div className="rx-field">
      <label htmlFor={id}>{props.label}</label>
      <Field
        id={id}
        multiline={props.multiline ?? false}
        maxLength={props.maxLength}
        fieldRef={field}
        onBlur={flush}
        onKeyDown={onKeyDown}
      />
      {props.hints?.(draft, `${id}-hints`)}
    </div>
  );
}
