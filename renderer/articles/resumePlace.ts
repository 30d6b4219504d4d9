import type { BodyPlaces } from '../editor/bodyPlaces';
import type { BlockCaret } from '../editor/caretInBlock';

/** Where the focus was in an article about to be shown again at a newer revision. */
export type ResumePlace = { field: string; start: number | null; end: number | null } | BlockCaret;

const named = (view: HTMLElement, name: string) =>
  view.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);

/** The field (by name, with its selection) or the body's block (with the caret's place in it) the focus is in; null elsewhere. */
export function focusPlace(view: HTMLElement, places: BodyPlaces): ResumePlace | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !view.contains(active)) return null;
  const name = active.getAttribute('name');
  if (name !== null && named(view, name) === active) {
    const text = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
    return {
      field: name,
      start: text ? active.selectionStart : null,
      end: text ? active.selectionEnd : null,
    };
  }
  return places.caretPlace();
}

/**
 * Puts the focus back: in the same field or the same block of the body, its selection kept where the
 * new text still reaches (the body's start if that block is gone).
 */
export function resumeAt(view: HTMLElement, places: BodyPlaces, place: ResumePlace): void {
  if ('block' in place) return places.placeCaret(place);
  const field = named(view, place.field);
  if (!field) return;
  field.focus({ preventScroll: true });
  if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && place.start !== null) {
    const length = field.value.length;
    field.setSelectionRange(Math.min(place.start, length), Math.min(place.end ?? place.start, length));
  }
}
