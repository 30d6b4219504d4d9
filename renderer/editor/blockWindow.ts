import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import {
  MARGIN_BLOCKS,
  WHOLE_UP_TO_BLOCKS,
  WINDOW_FROM_BLOCKS,
  blocksBetween,
  serves,
  spanAround,
  spanStyle,
  type Sight,
  type Span,
} from './blockSpan';
import { bringCaretInSight } from './inSight';

/** A block's height before it was ever laid out: about two lines of the body's text. */
const FIRST_GUESS_PX = 60;

/**
 * Lays out only part of a very long body: the blocks in sight and around the selection (blockSpan.ts).
 * content-visibility skips painting the others, yet Chromium still places all of them at every key
 * (the forced layout inside its text insertion, and content-visibility's own pass over every block),
 * which grows with the article: at 10,000 blocks a key took longer than in ProseMirror (QUALITY.md B1).
 * Out of layout, a block still is in the editor, the DOM, the selection, copy and undo; its height is
 * kept as the body's padding, measured when it was last laid out (or guessed from those that were).
 */
export class BlockWindow {
  private readonly sheet = new CSSStyleSheet();
  private span: Span | null = null;
  private readonly pitches = new WeakMap<Element, number>();
  private measuredSum = 0;
  private measuredCount = 0;
  private lastSelected: Element | null = null;
  private count = 0;
  private style = '';
  private seen: { block: Element; top: number } | null = null;
  private width = 0;
  private frame = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly editor: LexicalEditor,
  ) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    this.resizes.observe(root);
  }

  /**
   * The body got narrower or wider (a panel opened beside it, the window resized): its text wraps
   * anew and every block's height changes, those out of layout too. The text on the screen stays
   * put: the block last seen first on it goes back where it was.
   */
  private readonly resizes = new ResizeObserver(([entry]) => {
    const width = entry?.borderBoxSize[0]?.inlineSize ?? 0;
    const was = this.width;
    this.width = width;
    if (!this.span || was === 0 || Math.abs(width - was) < 1) return;
    const seen = this.seen;
    if (seen && this.root.contains(seen.block)) {
      const moved = seen.block.getBoundingClientRect().top - seen.top;
      if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
    }
    this.remember();
    this.later();
  });

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.resizes.disconnect();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }

  /**
   * After the editor's update: the window switched on or off with the body's length, kept on the
   * selection, and laid out again when blocks came or went (the ranges count blocks). A caret the
   * update put out of layout (undo, a paste, the focus given back) is laid out and brought into sight,
   * as the editor does with a caret it moves (`scroll`: the update did not ask to skip that).
   */
  afterUpdate(scroll: boolean): void {
    const count = this.root.children.length;
    if (count < WINDOW_FROM_BLOCKS) {
      if (this.span) this.off();
      return;
    }
    const focused = this.root.contains(document.activeElement);
    const { blocks: selected, caret } = editorSelection(this.editor);
    if (!this.span) {
      // Switched on without reading the layout (at opening, all of it is still to be done): the start
      // of the body and the selection now, the blocks in sight once they are drawn.
      const guess: Span = { first: 0, last: Math.ceil(window.innerHeight / FIRST_GUESS_PX) };
      this.move(spanAround([guess, ...this.spansOf(selected)], count, MARGIN_BLOCKS), null);
      this.count = count;
      return;
    }
    // Typing stays in one block: nothing to do until the selection reaches another, or blocks come or go.
    const last = selected.at(-1) ?? null;
    if (last === this.lastSelected && count === this.count) return;
    const changed = count !== this.count;
    this.count = count;
    this.lastSelected = last;
    // Without the focus the selection waits: the focus coming back lays it out (focused()).
    const spans = focused ? this.spansOf(selected) : [];
    const out = spans.some((span) => span.first < this.span!.first || span.last > this.span!.last);
    if (out && caret && scroll) {
      this.move(spanAround(spans, count, MARGIN_BLOCKS), null);
      bringCaretInSight(this.root);
      return;
    }
    const sight = this.inSight();
    if (changed) this.move(spanAround([...spans, sight], count, MARGIN_BLOCKS), sight, true);
    else this.keep([...spans, sight], sight);
  }

  /** The focus came back to the body: the browser's selection is laid out, and a caret brought into sight. */
  focused(): void {
    if (!this.span) return;
    const spans = this.spansOf(selectedBlocks(this.root));
    if (spans.every((span) => span.first >= this.span!.first && span.last <= this.span!.last)) return;
    this.move(spanAround(spans, this.root.children.length, MARGIN_BLOCKS), null);
    if (this.root.ownerDocument.getSelection()?.isCollapsed) bringCaretInSight(this.root);
  }

  /** Lays out `blocks` at once (to scroll to them), moving the window to them if it has to. */
  follow(blocks: readonly Element[]): void {
    if (this.span) this.keep(this.spansOf(blocks), null);
  }

  /** Whether the blocks kept are laid out whole, with a screen or more of them each side of the view. */
  laysOutWhole(): boolean {
    return !!this.span && this.span.last - this.span.first < WHOLE_UP_TO_BLOCKS;
  }

  /** The window scrolled: the blocks come into layout before they come into sight. */
  scrolled(): void {
    if (!this.span) return;
    const sight = this.inSight();
    // The selection's blocks stay laid out while the body has the focus: the keys act there.
    const selected = this.root.contains(document.activeElement) ? selectedBlocks(this.root) : [];
    this.keep([sight, ...this.spansOf(selected)], sight);
    this.remember();
  }

  /** The first laid-out block on the screen, and where: kept for when blocks come or go (move). */
  private remember(): void {
    // The body's width changed and the resize observer has not heard yet: the text has just wrapped
    // anew, and what was seen before it is what the observer puts back (keep the earlier sighting).
    const width = this.root.getBoundingClientRect().width;
    if (this.width > 0 && Math.abs(width - this.width) >= 1) return;
    const block = this.span ? firstInSight(this.root, this.span, this.span) : null;
    this.seen = block ? { block, top: block.getBoundingClientRect().top } : null;
  }

  private keep(core: Span[], sight: Sight | null): void {
    const count = this.root.children.length;
    if (serves(this.span!, core, count)) return;
    this.move(spanAround(core, count, MARGIN_BLOCKS), sight);
  }

  /**
   * After a key that jumped the caret far with every block laid out (CaretInSightPlugin): `unlayOut`
   * ends that, and the window is laid around the caret, which stays where it is on the screen (at the
   * article's end after Ctrl+End).
   */
  afterJump(unlayOut: () => void): void {
    const selected = selectedBlocks(this.root);
    const anchor = selected.at(-1) ?? null;
    const anchorTop = anchor?.getBoundingClientRect().top ?? 0;
    unlayOut();
    if (!this.span) return;
    const count = this.root.children.length;
    this.apply(spanAround(this.spansOf(selected), count, MARGIN_BLOCKS), anchor, anchorTop);
    this.later();
  }

  private off(): void {
    this.span = null;
    this.lastSelected = null;
    this.style = '';
    this.sheet.replaceSync('');
  }

  private later(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.measure();
      this.repad();
      this.scrolled();
    });
  }

  private spansOf(blocks: readonly Element[]): Span[] {
    const all = this.root.children;
    const spans: Span[] = [];
    for (const block of blocks) {
      const index = Array.prototype.indexOf.call(all, block);
      if (index >= 0) spans.push({ first: index, last: index });
    }
    return spans;
  }

  private pitch = (index: number): number => {
    const block = this.root.children[index];
    const known = block ? this.pitches.get(block) : undefined;
    if (known !== undefined) return known;
    return this.measuredCount > 0 ? this.measuredSum / this.measuredCount : FIRST_GUESS_PX;
  };

  /** The blocks in the window's sight, from where the body stands (its padding is the blocks before). */
  private inSight(): Sight {
    const top = this.root.getBoundingClientRect().top + remPx();
    return blocksBetween(this.root.children.length, this.pitch, -top, window.innerHeight - top);
  }

  /** Each laid-out block's height to the next one's top, kept for when it is out of layout. */
  private measure(): void {
    if (!this.span) return;
    const blocks = this.root.children;
    let top = blocks[this.span.first]?.getBoundingClientRect().top;
    for (let index = this.span.first; index < this.span.last && top !== undefined; index += 1) {
      const next = blocks[index + 1]!.getBoundingClientRect().top;
      const block = blocks[index]!;
      const pitch = next - top;
      // A block content-visibility skips has a stand-in height, not its own.
      if (pitch > 0 && block.checkVisibility({ contentVisibilityAuto: true })) {
        const earlier = this.pitches.get(block);
        if (earlier !== undefined) this.measuredSum -= earlier;
        else this.measuredCount += 1;
        this.measuredSum += pitch;
        this.pitches.set(block, pitch);
      }
      top = next;
    }
  }

  /**
   * Lays out `span`. What is on the screen stays there: the first block in sight that stays laid out
   * keeps its place; if none does (the scroll bar dragged far), the block the guesses put at the top
   * of `sight` goes there; and a view at the article's end stays at its end.
   */
  private move(span: Span, sight: Sight | null, blocksMoved = false): void {
    let anchor: Element | null = null;
    let anchorTop = 0;
    if (blocksMoved && this.seen && this.root.contains(this.seen.block)) {
      // Blocks came or went before this runs, and the ranges, counting blocks, already show others:
      // the block last seen first on the screen goes back where it was then.
      ({ block: anchor, top: anchorTop } = this.seen);
    } else if (this.span) {
      this.measure();
      anchor = firstInSight(this.root, this.span, span);
      if (anchor) anchorTop = anchor.getBoundingClientRect().top;
      else if (sight) {
        anchor = this.root.children[sight.first] ?? null;
        anchorTop = sight.firstTop;
      }
    }
    this.apply(span, anchor, anchorTop);
    this.lastSelected = null;
    this.later();
  }

  /** The padding again, from the heights measured since: the text on the screen stays put. */
  private repad(): void {
    if (!this.span) return;
    const anchor = firstInSight(this.root, this.span, this.span);
    this.apply(this.span, anchor, anchor?.getBoundingClientRect().top ?? 0);
  }

  private apply(span: Span, anchor: Element | null, anchorTop: number): void {
    const count = this.root.children.length;
    const page = document.scrollingElement!;
    const atEnd =
      span.last === count - 1 &&
      page.scrollTop > 0 &&
      page.scrollTop + page.clientHeight >= page.scrollHeight - 2;
    let before = 0;
    for (let index = 0; index < span.first; index += 1) before += this.pitch(index);
    let after = 0;
    for (let index = span.last + 1; index < count; index += 1) after += this.pitch(index);
    const style = spanStyle(span, count, before, after);
    this.span = span;
    if (style !== this.style) {
      this.style = style;
      this.sheet.replaceSync(style);
    }
    if (atEnd) window.scrollTo(0, page.scrollHeight);
    else if (anchor) {
      const moved = anchor.getBoundingClientRect().top - anchorTop;
      if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
    }
    this.remember();
  }
}

function remPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * The first block of `was` (laid out, so its blocks stand in order down the page) on the screen that
 * is also in `next`: found by halving, a few boxes read on each scroll rather than every one above.
 */
function firstInSight(root: HTMLElement, was: Span, next: Span): Element | null {
  const blocks = root.children;
  let low = Math.max(was.first, next.first);
  let high = Math.min(was.last, next.last) + 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom > 0) high = middle;
    else low = middle + 1;
  }
  return low <= Math.min(was.last, next.last) ? blocks[low]! : null;
}

/** The top-level blocks the document's selection starts and ends in, if it is in `root`. */
function selectedBlocks(root: HTMLElement): Element[] {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return [];
  return [selection.anchorNode, selection.focusNode].flatMap((node) => {
    const block = topLevel(root, node);
    return block ? [block] : [];
  });
}

function topLevel(root: HTMLElement, node: Node | null): Element | null {
  let at = node;
  while (at && at.parentNode !== root) at = at.parentNode;
  return at instanceof Element ? at : null;
}

/** The top-level blocks of the editor's selection (a range's ends, or the blocks selected whole), and whether it is a caret. */
function editorSelection(editor: LexicalEditor): { blocks: Element[]; caret: boolean } {
  const { keys, caret } = editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!selection) return { keys: [], caret: false };
    const nodes = $isRangeSelection(selection)
      ? [selection.anchor.getNode(), selection.focus.getNode()]
      : selection.getNodes();
    return {
      keys: nodes.flatMap((node) => {
        const block = node.getTopLevelElement() ?? (node.getParent() === null ? null : node);
        return block ? [block.getKey()] : [];
      }),
      caret: selection.isCollapsed(),
    };
  });
  const blocks = keys.flatMap((key) => {
    const element = editor.getElementByKey(key);
    return element ? [element] : [];
  });
  return { blocks, caret };
}
