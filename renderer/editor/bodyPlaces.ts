/** Where the caret is, and how to put it back, as the body editor answers (BodyPlacesPlugin). */
export interface CaretPlaces {
  /** The top-level block holding the caret or the selected block, while the body has the focus; else null. */
  block: () => number | null;
  /** Focuses the body with the caret at the start of that block, or of the body if there is none. */
  place: (block: number) => void;
}

/**
 * Lets what sits outside the body editor (the export dialog's findings, an article brought up to date)
 * take the editor to a place in the body: the n-th photo block in reading order, counted as the export
 * counts them, or the block the caret was in.
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

  caretBlock(): number | null {
    return this.caret?.block() ?? null;
  }

  placeCaret(block: number): void {
    this.caret?.place(block);
  }
}
