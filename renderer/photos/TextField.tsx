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
  /**
   * What is used while the field is left empty (a photo block's words from the photo desk): shown
   * in grey in the field, with `fallbackNote` under it, and given to `hints` as the field's text.
   */
  fallback?: string;
  fallbackNote?: string;
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
  const borrowed = draft === '' && props.fallback ? props.fallback : null;
  const described = [props.hints && `${id}-hints`, borrowed !== null && `${id}-fallback`].filter(Boolean);
  return (
    <div className="rx-field">
      <label htmlFor={id}>{props.label}</label>
      <PlainText
        id={id}
        value={draft}
        onValue={change}
        rows={props.multiline ? 3 : undefined}
        maxLength={props.maxLength}
        describedBy={described.length > 0 ? described.join(' ') : undefined}
        placeholder={props.fallback || undefined}
        fieldRef={props.inputRef}
        lang={props.lang}
        onBlur={flush}
        onKeyDown={onKeyDown}
      />
      {borrowed !== null && props.fallbackNote && (
        <p id={`${id}-fallback`} className="rx-field-note">
          {props.fallbackNote}
        </p>
      )}
      {props.hints?.(borrowed ?? draft, `${id}-hints`)}
    </div>
  );
}
