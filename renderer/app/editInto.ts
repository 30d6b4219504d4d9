/**
 * Puts `value` in the focused `field` as typing would: one step of the field's undo (the browser's
 * own), the caret after it. Set by script instead, the field would lose its undo history — Ctrl+Z
 * would take back neither this value nor the typing before it. `editing` is set meanwhile: the input
 * event this fires is not the editor's typing.
 */
export function editInto(field: HTMLInputElement, value: string, editing: { current: boolean }): void {
  editing.current = true;
  try {
    field.select();
    // Deprecated, yet still the one way a script edits a field on its undo history.
    document.execCommand('insertText', false, value);
  } finally {
    editing.current = false;
  }
  // A browser that would not edit it (or cut it at maxLength) still shows the value, without the undo step.
  if (field.value !== value) field.value = value;
}
