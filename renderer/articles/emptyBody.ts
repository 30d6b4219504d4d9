import { $getRoot, $isElementNode, type EditorState } from 'lexical';

/**
 * Whether a body holds nothing: no block, or one block with nothing in it — a paragraph, heading or
 * quote, as a new article's body is and Select all and Delete leave it. A photo, a page break, a list
 * or a line break is something.
 */
export function bodyIsEmpty(state: EditorState): boolean {
  return state.read(() => {
    const root = $getRoot();
    if (root.getChildrenSize() > 1) return false;
    const only = root.getFirstChild();
    return only === null || ($isElementNode(only) && only.getChildrenSize() === 0);
  });
}
