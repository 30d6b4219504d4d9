import {
  $getNodeByKey,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type BaseSelection,
  type LexicalEditor,
  type NodeKey,
  type RangeSelection,
} from 'lexical';

/**
 * The words a box acts on (the link box, the tag picker) as they were selected when it opened. The
 * body can be written in while the box is open: the selection's node keys and offsets are followed
 * through those edits, and given up when the words themselves change.
 */
export interface SelectedWords {
  readonly selection: RangeSelection;
  readonly backward: boolean;
  /** The nodes the selection covers, in order: a node added or taken out among them changes the words. */
  readonly keys: readonly NodeKey[];
  /** The text of each text node among them, as it was. */
  readonly texts: ReadonlyMap<NodeKey, string>;
  /** The children of a block a point is on (an empty paragraph's caret): its offset counts them. */
  readonly children: ReadonlyMap<NodeKey, string>;
}

/** The selection's words, or null for a selection that is not of words (a photo, a page break). */
export function $selectedWords(selection: BaseSelection | null): SelectedWords | null {
  if (!$isRangeSelection(selection)) return null;
  const texts = new Map<NodeKey, string>();
  const children = new Map<NodeKey, string>();
  const nodes = selection.getNodes();
  for (const node of nodes) if ($isTextNode(node)) texts.set(node.getKey(), node.getTextContent());
  // An end's node even when the selection takes none of its letters (it ends at the start of one).
  for (const point of [selection.anchor, selection.focus]) {
    const node = $getNodeByKey(point.key);
    if ($isTextNode(node)) texts.set(point.key, node.getTextContent());
    else if ($isElementNode(node)) children.set(point.key, node.getChildrenKeys().join());
  }
  return {
    selection: selection.clone(),
    backward: selection.isBackward(),
    keys: nodes.map((node) => node.getKey()),
    texts,
    children,
  };
}

/**
 * How far an edit that made `after` of `before` moves the words at [from, to) of it: by the edit's
 * length when it is before them, not at all after them, null when it touches them. An end that is
 * not the selection's (the words go on in the next node) is touched by any edit at it.
 */
export function shiftOf(
  before: string,
  after: string,
  [from, to]: readonly [number, number],
  [fromIsEnd, toIsEnd]: readonly [boolean, boolean],
): number | null {
  if (before === after) return 0;
  const shorter = Math.min(before.length, after.length);
  let same = 0;
  while (same < shorter && before[same] === after[same]) same += 1;
  let sameAtEnd = 0;
  while (
    sameAtEnd < shorter - same &&
    before[before.length - 1 - sameAtEnd] === after[after.length - 1 - sameAtEnd]
  )
    sameAtEnd += 1;
  // What was edited, in `before`: [same, editEnd). Letters typed exactly at a caret (no words
  // selected) are neither before nor after it.
  const editEnd = before.length - sameAtEnd;
  const beside = same < editEnd || !(fromIsEnd && toIsEnd && from === to);
  if (fromIsEnd && (editEnd < from || (editEnd === from && beside))) return after.length - before.length;
  if (toIsEnd && (same > to || (same === to && beside))) return 0;
  return null;
}

/**
 * The same words in the editor's state now, or null when they are gone or were changed: a node of
 * theirs removed or added, or letters of theirs typed over, deleted or added to. Read in the state
 * after an edit; an edit beside the words (before them in their own text node) moves the offsets.
 */
export function $followSelectedWords(words: SelectedWords): SelectedWords | null {
  const { selection, backward } = words;
  const start = backward ? selection.focus : selection.anchor;
  const end = backward ? selection.anchor : selection.focus;
  const followed = selection.clone();
  for (const [point, moved] of [
    [selection.anchor, followed.anchor],
    [selection.focus, followed.focus],
  ] as const) {
    const node = $getNodeByKey(point.key);
    if (node === null || !node.isAttached()) return null;
    if (point.type === 'element') {
      if (!$isElementNode(node) || node.getChildrenKeys().join() !== words.children.get(point.key))
        return null;
      continue;
    }
    const before = words.texts.get(point.key);
    if (!$isTextNode(node) || before === undefined) return null;
    const range = [
      point.key === start.key ? start.offset : 0,
      point.key === end.key ? end.offset : before.length,
    ] as const;
    const shift = shiftOf(before, node.getTextContent(), range, [
      point.key === start.key,
      point.key === end.key,
    ]);
    if (shift === null) return null;
    moved.set(point.key, point.offset + shift, 'text');
  }
  const now = $selectedWords(followed);
  if (now === null || now.keys.join() !== words.keys.join()) return null;
  // The text nodes between the ends are the words whole: any change to them changes the words.
  for (const [key, text] of now.texts)
    if (key !== start.key && key !== end.key && words.texts.get(key) !== text) return null;
  return now;
}

/**
 * While `held` holds words, follows them through each edit of the body; when they change, lets them
 * go and calls `changed` (the box closes and says why). Updates of the selection only change no words.
 */
export function followSelectedWords(
  editor: LexicalEditor,
  held: { current: SelectedWords | null },
  changed: () => void,
): () => void {
  return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
    const words = held.current;
    if (words === null || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
    held.current = editorState.read(() => $followSelectedWords(words));
    // Once every listener of this update has run: the page tracker clears the notices on an undo,
    // and would clear the one `changed` tells.
    if (held.current === null) queueMicrotask(changed);
  });
}

/**
 * Follows `words` through the body's edits until the returned `release`, which gives them as they are
 * then (null when they changed): for an act that outlives its box, a source still being created when
 * the Tag source box closes or opens again on other words.
 */
export function holdSelectedWords(
  editor: LexicalEditor,
  words: SelectedWords | null,
): () => SelectedWords | null {
  const held = { current: words };
  // Nothing to tell as they change: the act says what became of them once it is done.
  const stop = followSelectedWords(editor, held, () => undefined);
  return () => {
    stop();
    return held.current;
  };
}
