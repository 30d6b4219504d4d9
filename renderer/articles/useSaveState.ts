import { useSyncExternalStore } from 'react';
import type { ArticleDraft } from './ArticleDraft';
import type { SaveState } from './autosave';

/**
 * The draft's save state. Only the components that show it subscribe (the status line, the sources
 * panel), so a save does not re-render the whole article around a long body.
 */
export function useSaveState(draft: ArticleDraft): SaveState {
  return useSyncExternalStore(draft.subscribe, draft.getSaveState);
}
