import {
  $getSelection,
  $isRangeSelection,
  type EditorState,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';

/**
 * Which block nodes (photos, page breaks, related links) the selection holds, worked out once per
 * editor update for all of them — not once per block, as Lexical's `useLexicalNodeSelection` does: at
 * every key press that read the selection's nodes again for each of an article's 40 photos and 9
 * breaks (QUALITY.md B1). A caret holds no block, so typing costs one check.
 *
 * The same answer as `node.isSelected()` for a block (not inline) node: held by a node selection, or
 * inside a range that is not collapsed.
 */
interface Store {
  selected: ReadonlySet<NodeKey>;
  readonly watchers: Map<NodeKey, Set<() => void>>;
  unregister: () => void;
}

const NONE: ReadonlySet<NodeKey> = new Set();
const stores = new WeakMap<LexicalEditor, Store>();

/** The blocks `wanted` that the selection of `state` holds. */
function selectedIn(state: EditorState, wanted: (key: NodeKey) => boolean): ReadonlySet<NodeKey> {
  return state.read(() => {
    const selection = $getSelection();
    if (selection === null || ($isRangeSelection(selection) && selection.isCollapsed())) return NONE;
    const keys = new Set<NodeKey>();
    for (const node of selection.getNodes()) if (wanted(node.getKey())) keys.add(node.getKey());
    return keys.size === 0 ? NONE : keys;
  });
}

function storeOf(editor: LexicalEditor): Store {
  const existing = stores.get(editor);
  if (existing) return existing;
  const store: Store = { selected: NONE, watchers: new Map(), unregister: () => undefined };
  store.unregister = editor.registerUpdateListener(({ editorState }) => {
    const before = store.selected;
    const after = selectedIn(editorState, (key) => store.watchers.has(key));
    if (before === NONE && after === NONE) return; // typing: nothing was or is selected
    store.selected = after;
    for (const key of new Set([...before, ...after])) {
      if (before.has(key) !== after.has(key)) for (const told of store.watchers.get(key) ?? []) told();
    }
  });
  stores.set(editor, store);
  return store;
}

/** Calls `told` whenever the block `key` comes into or leaves the selection; returns the unsubscribe. */
export function watchSelected(editor: LexicalEditor, key: NodeKey, told: () => void): () => void {
  const store = storeOf(editor);
  const watchers = store.watchers.get(key) ?? new Set();
  store.watchers.set(key, watchers);
  watchers.add(told);
  // Watched from now: a block selected before its view came is found in the selection as it is.
  store.selected = selectedIn(editor.getEditorState(), (each) => store.watchers.has(each));
  return () => {
    watchers.delete(told);
    if (watchers.size === 0) store.watchers.delete(key);
    if (store.watchers.size > 0) return;
    store.unregister();
    stores.delete(editor);
  };
}

/** Whether the block `key` is in the selection: as last told to its watchers, or read now if it has none. */
export function isSelectedBlock(editor: LexicalEditor, key: NodeKey): boolean {
  const store = stores.get(editor);
  if (store?.watchers.has(key)) return store.selected.has(key);
  return selectedIn(editor.getEditorState(), (each) => each === key).has(key);
}
