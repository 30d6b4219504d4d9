import type { ApiErrorShape, Result } from '../../shared/api/errors';
import { anyFieldDraft, commitFieldDrafts } from '../app/fieldDrafts';

/** An open article whose latest changes could not be saved, and why. */
export interface UnsavedArticle {
  headline: string;
  error: ApiErrorShape | null;
  /** Its headline, lead and body as plain text, to copy when no save can work from here. */
  text: () => string;
  /**
   * Present when the article was deleted elsewhere: trying the save again cannot work, keeping the
   * text as a new article can (ArticleDraft.saveAsNew).
   */
  saveAsNew?: () => Promise<Result<{ id: string }>>;
}

/** An open editor's saving, as navigation sees it. */
interface PendingSaves {
  /** Settles what the editor holds back while it is in use (a break waiting on an emptied page). */
  settle?: () => void;
  /** Saves what is not saved yet; resolves to what is still unsaved, or null. */
  flush: () => Promise<UnsavedArticle | null>;
  /** Whether anything typed is not yet committed (a save on its way counts). */
  unsaved: () => boolean;
}

const editors = new Set<PendingSaves>();
const landing = new Set<() => Promise<void>>();

/**
 * Work that must land in an open article before it is saved and left — photos dropped on the body
 * still importing, placed when they arrive. Saving for a leave or a close waits for it.
 */
export function registerLanding(wait: () => Promise<void>): () => void {
  landing.add(wait);
  return () => landing.delete(wait);
}

/** Open editors register here so any navigation, or closing the window, can first wait for their saves. */
export function registerFlush(editor: PendingSaves): () => void {
  editors.add(editor);
  return () => editors.delete(editor);
}

/** Saves every open editor; resolves to the articles whose changes are still unsaved (none: empty). */
export async function flushAllSaves(): Promise<UnsavedArticle[]> {
  settleAll();
  // A caption typed a moment ago goes into its article (or the library) before the saves.
  commitFieldDrafts();
  await Promise.all([...landing].map((wait) => wait()));
  const results = await Promise.all([...editors].map((editor) => editor.flush()));
  return results.filter((result): result is UnsavedArticle => result !== null);
}

/** The article is about to be left or closed: each open editor settles what it holds back. */
export function settleAll(): void {
  for (const editor of editors) editor.settle?.();
}

/** Whether any open editor holds text not yet committed. */
export const anyUnsaved = (): boolean =>
  anyFieldDraft() || landing.size > 0 || [...editors].some((editor) => editor.unsaved());
