import {
  memo,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEventHandler,
  type KeyboardEventHandler,
  type Ref,
} from 'react';

import { changeKind, FieldHistory, type ChangeKind } from './fieldHistory';
import { undoKey } from './undoKeys';
import { fitted, roomLeft } from './fieldRoom';
import { HISTORY_CHANGED, lastFocused, registerUndo } from './undoTargets';

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
 * A text field with its own undo: Ctrl/Cmd+Z undoes this field's last burst of typing (or its last
 * paste), Ctrl/Cmd+Shift+Z and Ctrl+Y redo — never the article body or another field, as the
 * browser's page-wide undo would. The element is rendered once (React never rewrites its text or
 * attributes while the user types), its text is written only when `value` differs from what it shows
 * (a change from outside, which is an undo step too), and typing is read through a native listener
 * React's root never sees. A `singleLine` field never takes a line break: Enter does nothing, and a
 * pasted line break becomes a space where it was pasted.
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
  const [history] = useState(() => new FieldHistory(value));
  useImperativeHandle(fieldRef, () => element.current!, []);
  useLayoutEffect(() => {
    const field = element.current;
    if (!field || field.value === value) return;
    field.value = value;
    history.record(value, 'other', field.selectionEnd ?? value.length, Date.now());
  }, [value, history]);
  const latest = useRef(onValue);
  useEffect(() => {
    latest.current = onValue;
  });
  useEffect(() => {
    const field = element.current;
    if (!field) return;
    const told = () => field.dispatchEvent(new Event(HISTORY_CHANGED, { bubbles: true }));
    const changed = (kind: ChangeKind) => {
      history.record(field.value, kind, field.selectionEnd ?? field.value.length, Date.now());
      latest.current(field.value);
      told();
    };
    const step = (which: 'undo' | 'redo') => {
      const restored = which === 'undo' ? history.undo() : history.redo();
      if (!restored) return;
      field.value = restored.value;
      field.setSelectionRange(restored.start, restored.end);
      latest.current(field.value);
      told();
    };
    const onInput = (event: Event) => {
      event.stopPropagation();
      const inputType = event instanceof InputEvent ? event.inputType : '';
      if (inputType === 'historyUndo' || inputType === 'historyRedo') {
        // The browser's own undo reached this field (a context menu, or the page-wide undo a plain
        // field ran): put the text back once the browser is done (a value set during its undo does
        // not stay). If the undo pulled the focus here from elsewhere, the focus goes back; if the
        // field had it, the field takes its own step instead.
        // (The browser moves the focus before its focus events say so: the last of those is where it was.)
        const before = lastFocused();
        const from = before !== field && before instanceof HTMLElement ? before : null;
        window.setTimeout(() => {
          const caret = Math.min(field.selectionEnd ?? 0, history.value.length);
          field.value = history.value;
          field.setSelectionRange(caret, caret);
          if (from) from.focus();
          else if (document.activeElement === field) step(inputType === 'historyUndo' ? 'undo' : 'redo');
        });
        return;
      }
      if (singleLine && LINE_BREAK.test(field.value)) {
        // A drop or an autocorrection brought a line break: one space instead, the caret kept.
        const caret = oneLine(field.value.slice(0, field.selectionEnd ?? 0)).length;
        field.value = oneLine(field.value);
        field.setSelectionRange(caret, caret);
      }
      changed(changeKind(inputType));
    };
    const onBeforeInput = (event: InputEvent) => {
      if (singleLine && (event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph'))
        event.preventDefault();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const which = undoKey(event);
      if (!which) return;
      event.preventDefault();
      event.stopPropagation();
      step(which);
    };
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!singleLine || !LINE_BREAK.test(text)) return;
      event.preventDefault();
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      field.setRangeText(fitted(pastedLine(text), roomLeft(field)), start, end, 'end');
      changed('other');
    };
    field.addEventListener('input', onInput);
    field.addEventListener('beforeinput', onBeforeInput);
    field.addEventListener('keydown', onKeyDown);
    field.addEventListener('paste', onPaste);
    const onBlur = () => history.endBurst();
    field.addEventListener('blur', onBlur);
    const unregister = registerUndo(field, step, () => ({ undo: history.canUndo, redo: history.canRedo }));
    return () => {
      field.removeEventListener('input', onInput);
      field.removeEventListener('beforeinput', onBeforeInput);
      field.removeEventListener('keydown', onKeyDown);
      field.removeEventListener('paste', onPaste);
      field.removeEventListener('blur', onBlur);
      unregister();
    };
  }, [history, singleLine]);
  return <Element {...attributes} element={element} />;
}
