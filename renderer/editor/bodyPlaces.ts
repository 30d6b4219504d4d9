/**
 * Lets what sits outside the body editor (the export dialog's findings) take the editor to a place in
 * the body: the n-th photo block in reading order, counted as the export counts them.
 */
export class BodyPlaces {
  private photoHandler: ((photo: number) => void) | null = null;

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
}
