import { useEffect, useLayoutEffect, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { pasteCut, roomLeft } from './fieldRoom';
import { HISTORY_CHANGED } from './undoTargets';

type TextField = HTMLInputElement | HTMLTextAreaElement;

interface Cut {
  field: TextField;
  name: string;
  limit: number;
  top: number;
  left: number;
  width: number;
}

/**
 * The text a paste puts in a field, as the field counts it: a one-line input drops line breaks, a
 * textarea makes CR LF one LF. (A one-line textarea — the headline — turns a break into a space, so
 * it keeps the count.)
 */
function pastedLength(field: TextField, text: string): number {
  return field instanceof HTMLInputElement
    ? text.replace(/[\r\n]/g, '').length
    : text.replace(/\r\n/g, '\n').length;
}

/** The field's name as its label says it ("Lead"), or '' when it has none. */
function fieldName(field: TextField): string {
  const label = field.labels?.[0];
  const own = label ? [...label.childNodes].filter((node) => !node.contains(field)) : [];
  const text =
    own.length > 0 ? own.map((node) => node.textContent).join(' ') : field.getAttribute('aria-label');
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** What was cut, placed under the field. */
function cutOf(field: TextField): Cut {
  const rect = field.getBoundingClientRect();
  return {
    field,
    name: fieldName(field),
    limit: field.maxLength,
    top: rect.bottom + 4,
    left: rect.left,
    width: rect.width,
  };
}

/**
 * A paste longer than a field holds is cut by the browser without a word (a 3,000-character lead in
 * a 2,000-character field). This says so, under the field, until the field is typed in, undone in
 * (Ctrl+Z takes the paste back) or left: how much the field holds, and that the whole text is still on
 * the clipboard.
 */
export function PasteCutNote() {
  const { t } = useI18n();
  const [cut, setCut] = useState<Cut | null>(null);
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || field.maxLength < 0)
        return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (pastedLength(field, text) <= roomLeft(field)) return;
      const start = field.selectionStart ?? field.value.length;
      const before = { value: field.value, start, end: field.selectionEnd ?? start };
      // Once the paste has landed (the browser's, or the field's own): said whenever less went in
      // than was pasted, not only when the field is full (an emoji that did not fit whole stops short).
      window.setTimeout(() => {
        if (field.isConnected && pasteCut(before, field.value, text)) setCut(cutOf(field));
      });
    };
    document.addEventListener('paste', onPaste, true);
    return () => document.removeEventListener('paste', onPaste, true);
  }, []);
  const field = cut?.field;
  // Listening from the moment the note is drawn (a layout effect, not a passive one a busy page runs
  // later): a Ctrl+Z pressed as soon as it shows must put it away.
  useLayoutEffect(() => {
    if (!field) return;
    const gone = () => setCut(null);
    const follow = () => setCut((current) => (current && current.field === field ? cutOf(field) : current));
    field.addEventListener('input', gone);
    // Its history changed without an input event of its own (an undo's text put back, a change from
    // outside caught up with): the text the note spoke of is no longer what the field shows.
    field.addEventListener(HISTORY_CHANGED, gone);
    field.addEventListener('blur', gone);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      field.removeEventListener('input', gone);
      field.removeEventListener(HISTORY_CHANGED, gone);
      field.removeEventListener('blur', gone);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [field]);
  return (
    <p
      role="status"
      className="rx-paste-cut"
      hidden={!cut}
      style={cut ? { top: cut.top, left: cut.left, maxWidth: Math.max(cut.width, 240) } : undefined}
    >
      {cut &&
        (cut.name
          ? t('paste.cut', { limit: cut.limit, field: cut.name })
          : t('paste.cut.unnamed', { limit: cut.limit }))}
    </p>
  );
}
