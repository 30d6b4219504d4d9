import type { BlockCaret } from './caretInBlock';

/** Where the caret is, and how to put it back, as the body editor answers (BodyPlacesPlugin). */
export interface CaretPlaces {
  /** The top-level block holding the caret (and where in its text) or the selected block, while the body has the focus; else null. */
  caret: () => BlockCaret | null;
  /** Focuses the body with the caret there again (as far as the block's text reaches), or at the body's start if the block is gone. */
  place: (caret: BlockCaret) => void;
}

/**
 * Lets what sits outside the body editor (the export dialog's findings, an article brought up to date)
 * take the editor to a place in the body: the n-th photo block in reading order, counted as the export
 * counts them, or where the caret was.
 */
export class BodyPlaces {
  private photoHandler: ((photo: number) => void) | null = null;
  private caret: CaretPlaces | null = null;

  /** The editor registers how to select a photo block; returns the unregistration. */
  onShowPhoto(handler: (photo: number) => void): () => void {
    this.photoHandler = handler;
    return () => {
      if (this.photoHandler === handler) this.photoHandler = null;
    };
  }

  showPhoto(photo: number): void {
    this.photoHandler?.(photo);
  }

  /** The editor registers how to find and place the caret; returns the unregistration. */
  onCaret(caret: CaretPlaces): () => void {
    this.caret = caret;
    return () => {
      if (this.caret === caret) this.caret = null;
    };
  }

  caretPlace(): BlockCaret | null {
    return this.caret?.caret() ?? null;
  }

  placeCaret(caret: BlockCaret): void {
    this.caret?.place(caret);
  }
}
