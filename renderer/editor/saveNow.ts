/**
 * The tag of an update that is a finished act, not typing (a source tagged, re-tagged or untagged):
 * ChangePlugin reports it to be saved at once, so what is read from the store (the article's
 * sources) follows it at once instead of after the autosave's pause.
 */
export const SAVE_NOW_TAG = 'rx-save-now';
