import {
  $getRoot,
  getRegisteredNode,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type RootNode,
  type Transform,
} from 'lexical';

/** The root node of `state`: the same object in two states unless an update between them wrote it. */
export const rootOf = (state: EditorState): RootNode => state.read(() => $getRoot());

/**
 * Lexical's own transforms on the root (it wraps any inline node found at the top level in a
 * paragraph) run after every update that changes anything, and read all of the root's children to do
 * it: in a 10,000-block article, each key press built and walked a 10,000-block list twice
 * (BENCHMARKS.md, change 27). The root's children can only change when the root itself is written —
 * a block added, removed, moved or replaced — so from here on those transforms run only in such an
 * update. Transforms registered later (the page rules' root transform) are not affected.
 *
 * Call once, when the editor is made, before anything else registers a transform on the root.
 */
export function normaliseRootOnlyWhenItsChildrenChange(editor: LexicalEditor): void {
  const root = getRegisteredNode(editor, 'root');
  if (root === undefined) return;
  const builtIn: Transform<LexicalNode>[] = [...root.transforms];
  if (builtIn.length === 0) return;
  root.transforms.clear();
  root.transforms.add((node) => {
    // Not written in this update: the very node of the last committed state.
    if (node === rootOf(editor.getEditorState())) return;
    for (const transform of builtIn) transform(node);
  });
}
