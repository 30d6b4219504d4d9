/**
 * True when nothing has the focus: the element that had it left the page (a form closed, a row
 * deleted). Code that moves the focus on its own, later, does it only then — never away from
 * where the user has gone meanwhile.
 */
export function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
