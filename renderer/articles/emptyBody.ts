import { $getRoot, $isParagraphNode, type EditorState } from 'lexical';

/**
 * Whether a body holds nothing: no block, or one paragraph with nothing in it (what a new article's
 * body is, and what Select all and Delete leave). A photo, a page break, a list or a line break is
 * something.
 */
export function bodyIsEmpty(state: EditorState): boolean {
  return state.read(() => {
    const root = $getRoot();
    if (root.getChildrenSize() > 1) return false;
    const only = root.getFirstChild();
    return only === null || ($isParagraphNode(only) && only.getChildrenSize() === 0);
  });
}
