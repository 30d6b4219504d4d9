/**
 * Field drafts still waiting for their typing pause (useFieldDraft, the Settings profile): a photo's
 * caption, credit or alt text, or a profile field, typed a moment ago is not stored yet. Saving now
 * (Ctrl/Cmd+S), leaving, closing the window and the page going away commit them first, so nothing
 * typed is left behind.
 */
const waiting = new Set<() => void>();

/** A field's draft is waiting: `commit` writes it where it belongs. Returns the release. */
export function draftWaiting(commit: () => void): () => void {
  waiting.add(commit);
  return () => waiting.delete(commit);
}

/** Commits every waiting draft now, synchronously. */
export function commitFieldDrafts(): void {
  for (const commit of [...waiting]) commit();
}

export const anyFieldDraft = (): boolean => waiting.size > 0;
