import { useId, type KeyboardEvent, type ReactNode, type Ref } from 'react';
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
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}) {
  const id = useId();
  const { draft, change, flush } = useFieldDraft(props.value, props.onCommit);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !props.onEscape) return;
    event.preventDefault();
    flush();
    props.onEscape();
  };
  const common = {
    id,
    value: draft,
    maxLength: props.maxLength,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onBlur: flush,
    onKeyDown,
    'aria-describedby': `${id}-hints`,
    ref: props.inputRef,
  };
  return (
    <div className="rx-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {props.hints?.(draft, `${id}-hints`)}
    </div>
  );
}
