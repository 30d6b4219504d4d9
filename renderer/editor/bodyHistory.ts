import { createContext, useContext } from 'react';
import type { HistoryState } from '@lexical/history';
import { CAN_UNDO_COMMAND, type EditorState, type LexicalEditor } from 'lexical';

/** The body's undo history (its HistoryPlugin's), for an act made of several updates to be one step. */
export const BodyHistoryContext = createContext<HistoryState | null>(null);
export const useBodyHistory = (): HistoryState | null => useContext(BodyHistoryContext);

/**
 * An undo step begun by one update and finished by a later one: the insert menu takes the "/…" away
 * (in Lexical's own update) and opens a picker, which inserts the photo or link when one is chosen.
 */
export interface OpenUndoStep {
  /** Whether the finishing update may join the step (tag it HISTORY_MERGE_TAG): no other step since. */
  joinable: () => boolean;
  /** Forgets the step, its change put back: Undo goes to what came before, not to an identical body. */
  forget: () => void;
}

/**
 * The step an update is beginning now, `before` being the body as it was (editor.getEditorState()
 * inside that update). Lexical's history keeps that state as the last undo entry for as long as later
 * updates merge into the step; anything else that makes a step of its own closes it.
 */
export function openUndoStep(
  editor: LexicalEditor,
  history: HistoryState | null,
  before: EditorState,
): OpenUndoStep {
  const joinable = () => history !== null && history.undoStack.at(-1)?.editorState === before;
  return {
    joinable,
    forget: () => {
      if (!history || !joinable()) return;
      history.undoStack.pop();
      editor.dispatchCommand(CAN_UNDO_COMMAND, history.undoStack.length > 0);
    },
  };
}
