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

import { fitted, roomLeft } from './fieldRoom';
import { amendFieldUndo, syncFieldUndo } from './textFieldUndo';
import { withoutControls } from '../editor/controlCharacters';

export type PlainTextElement = HTMLInputElement & HTMLTextAreaElement;

/** What the field element is rendered with: nothing here may change while the user types. */
interface Attributes {
  id: string;
  name?: string;
  maxLength: number;
  /** A textarea of this many rows; a one-line input without it. */
  rows?: number;
  describedBy?: string;
  /** The language of the text in it, when not the interface's (an article's own words). */
  lang?: string;
  /** Shown in grey while the field is empty (what is used instead, as a photo block's desk words). */
  placeholder?: string;
  onBlur?: FocusEventHandler;
  onKeyDown?: KeyboardEventHandler;
}

const Element = memo(function Element({
  rows,
  describedBy,
  element,
  ...attributes
}: Attributes & { element: Ref<PlainTextElement> }) {
  // Typed words run in the direction of their first letter (an Arabic headline right to left).
  const common = { ...attributes, dir: 'auto', ref: element, 'aria-describedby': describedBy };
  return rows === undefined ? <input type="text" {...common} /> : <textarea rows={rows} {...common} />;
});

/** Every line break a paste can bring: LF, CR (alone or before LF), VT, FF, NEL, LS, PS. */
const BREAK = '[\\n\\r\\v\\f\\u0085\\u2028\\u2029]';
const LINE_BREAK = new RegExp(BREAK);
const BREAKS_INSIDE = new RegExp(`[ \\t]*${BREAK}+\\s*`, 'g');
const AROUND = `(?:\\s|${BREAK})*`;
const BREAKS_AT_ENDS = new RegExp(`^${AROUND}${BREAK}${AROUND}|${AROUND}${BREAK}${AROUND}$`, 'g');
/** Line breaks in a one-line field's text (a pasted paragraph or two) become one space. */
const oneLine = (text: string) => text.replace(BREAKS_INSIDE, ' ');
/** Pasted text for a one-line field: line breaks at its ends dropped, those inside made one space. */
const pastedLine = (text: string) => oneLine(text.replace(BREAKS_AT_ENDS, ''));

/**
 * Pasted text as a field takes it: control characters a PDF or a terminal brings (a NUL, a bell)
 * left out, as the body leaves them out, and a tab (a spreadsheet's cell edge) made a space. A
 * one-line field also takes its line breaks as spaces, and no space at its start or end.
 */
function pastedText(text: string, singleLine: boolean, atStart: boolean, atEnd: boolean): string {
  const clean = withoutControls(text).text.replace(/[ ]*\t[\t ]*/g, ' ');
  if (!singleLine) return clean;
  let line = pastedLine(clean);
  if (atStart) line = line.trimStart();
  if (atEnd) line = line.trimEnd();
  return line;
}

/**
 * A text field whose text React never rewrites while the user types: the element is rendered once,
 * its text is written only when `value` differs from what it shows (a change from outside), and
 * typing is read through a native listener React's root never sees. Its undo is every text field's
 * (`textFieldUndo`): Ctrl/Cmd+Z undoes this field's last burst of typing, never the body or another
 * field. A `singleLine` field never takes a line break: Enter does nothing, and a pasted line break
 * becomes a space where it was pasted.
 */
export function PlainText({
  value,
  onValue,
  fieldRef,
  singleLine = false,
  ...attributes
}: Attributes & {
  value: string;
  onValue: (next: string) => void;
  fieldRef?: Ref<PlainTextElement>;
  singleLine?: boolean;
}) {
  const element = useRef<PlainTextElement>(null);
  useImperativeHandle(fieldRef, () => element.current!, []);
  useLayoutEffect(() => {
    const field = element.current;
    if (!field || field.value === value) return;
    field.value = value;
    syncFieldUndo(field);
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
      if (singleLine && LINE_BREAK.test(field.value)) {
        // A drop or an autocorrection brought a line break: one space instead, the caret kept.
        const caret = oneLine(field.value.slice(0, field.selectionEnd ?? 0)).length;
        field.value = oneLine(field.value);
        field.setSelectionRange(caret, caret);
        amendFieldUndo(field);
      }
      latest.current(field.value);
    };
    const onBeforeInput = (event: InputEvent) => {
      if (singleLine && (event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph'))
        event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      const pasted = pastedText(text, singleLine, start === 0, end === field.value.length);
      if (pasted === text) return;
      event.preventDefault();
      field.setRangeText(fitted(pasted, roomLeft(field)), start, end, 'end');
      // No input event comes of it: the field's undo learns of the paste as a step of its own.
      syncFieldUndo(field);
      latest.current(field.value);
    };
    field.addEventListener('input', onInput);
    field.addEventListener('beforeinput', onBeforeInput);
    field.addEventListener('paste', onPaste);
    return () => {
      field.removeEventListener('input', onInput);
      field.removeEventListener('beforeinput', onBeforeInput);
      field.removeEventListener('paste', onPaste);
    };
  }, [singleLine]);
  return <Element {...attributes} element={element} />;
}
