import { useCallback, useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { PlainText, type PlainTextElement } from '../app/PlainText';
import { useFieldDraft } from './useFieldDraft';

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
  inputRef?: Ref<PlainTextElement>;
  /** The language of the text typed in (the article's), when it is not the interface's. */
  lang?: string;
}) {
  const id = useId();
  const { draft, change, flush } = useFieldDraft(props.value, props.onCommit);
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
  return (
    <div className="rx-field">
      <label htmlFor={id}>{props.label}</label>
      <PlainText
        id={id}
        value={draft}
        onValue={change}
        rows={props.multiline ? 3 : undefined}
        maxLength={props.maxLength}
        describedBy={props.hints ? `${id}-hints` : undefined}
        fieldRef={props.inputRef}
        lang={props.lang}
        onBlur={flush}
        onKeyDown={onKeyDown}
      />
      {props.hints?.(draft, `${id}-hints`)}
    </div>
  );
}
