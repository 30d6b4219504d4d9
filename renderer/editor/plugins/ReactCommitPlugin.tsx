import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

const NATIVE = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable')!;

/**
 * Keeps React commits cheap while the body has focus. Before every commit anywhere in the app,
 * React DOM records the focused element's selection; for an element whose `contentEditable`
 * property reads "true" it walks every DOM node inside it to turn the caret into character
 * offsets, so that it can put the caret back should the commit move focus. In a 10,000-paragraph
 * body that walk is ~25 ms per commit — the save status, the word count and the page indicator
 * all commit while the user types (BENCHMARKS.md, B1 and B3). Lexical owns the body's selection and
 * restores it itself, so while the body has focus its root's `contentEditable` property reads
 * "inherit" to scripts. The attribute is untouched: the browser, `isContentEditable` and the
 * accessibility tree still see an editable text box.
 */
export function ReactCommitPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        if (previous) {
          previous.removeEventListener('focus', shield);
          previous.removeEventListener('blur', unshield);
          unshield.call(previous);
        }
        if (!root) return;
        // Only while the body has focus: that is when React looks at it, and opening stays untouched.
        root.addEventListener('focus', shield);
        root.addEventListener('blur', unshield);
        if (document.activeElement === root) shield.call(root);
      }),
    [editor],
  );
  return null;
}

function shield(this: HTMLElement): void {
  Object.defineProperty(this, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = NATIVE.get!.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(this: HTMLElement, value: string) {
      NATIVE.set!.call(this, value);
    },
  });
}

function unshield(this: HTMLElement): void {
  delete (this as { contentEditable?: string }).contentEditable;
}
