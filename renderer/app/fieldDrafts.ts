/**
 * Field drafts still waiting for their typing pause (useFieldDraft): a photo's caption, credit or
 * alt text typed a moment ago is not in the article or the photo library yet. Saving now (Ctrl/Cmd+S),
 * leaving and closing the window commit them first, so nothing typed is left behind.
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
