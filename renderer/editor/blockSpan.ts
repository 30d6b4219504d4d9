/**
 * Which of a very long body's top-level blocks are laid out (BlockWindowPlugin): those in sight, those
 * the selection is in, and a margin of blocks around each. Pure arithmetic over the blocks' heights.
 */

/** Bodies with fewer blocks are laid out whole: content-visibility alone keeps them fast (QUALITY.md B1). */
export const WINDOW_FROM_BLOCKS = 1_000;
/**
 * Up to this many blocks laid out, each is laid out whole (its size then is known and measured); a
 * window grown larger (the selection far from what is in sight) leaves content-visibility to skip the
 * blocks out of sight, as in a shorter body.
 */
export const WHOLE_UP_TO_BLOCKS = 600;
/** Blocks laid out beyond those in sight and around the selection, so the keys and the wheel meet text. */
export const MARGIN_BLOCKS = 80;

/** First and last block laid out, both included. */
export interface Span {
  first: number;
  last: number;
}

/** The blocks in a band of the body, and how far below the band's top the first of them starts. */
export interface Sight extends Span {
  firstTop: number;
}

/**
 * The blocks whose boxes meet the band `top`–`bottom` (pixels from the first block's top), with each
 * block's height from its top to the next block's top given by `pitch`.
 */
export function blocksBetween(
  count: number,
  pitch: (index: number) => number,
  top: number,
  bottom: number,
): Sight {
  let first = 0;
  let y = 0;
  while (first < count - 1 && y + pitch(first) <= top) {
    y += pitch(first);
    first += 1;
  }
  const firstTop = y - top;
  let last = first;
  while (last < count - 1 && y + pitch(last) < bottom) {
    y += pitch(last);
    last += 1;
  }
  return { first, last, firstTop };
}

/** The smallest span holding every span given, `margin` blocks wider on each side, within the body. */
export function spanAround(spans: readonly Span[], count: number, margin: number): Span {
  const first = Math.min(...spans.map((span) => span.first));
  const last = Math.max(...spans.map((span) => span.last));
  return { first: Math.max(0, first - margin), last: Math.min(count - 1, last + margin) };
}

/** Whether `inner` lies in `outer` with at least `room` blocks to spare at each end (or the body's own end). */
export function holds(outer: Span, inner: Span, count: number, room: number): boolean {
  const startRoom = outer.first === 0 ? 0 : room;
  const endRoom = outer.last === count - 1 ? 0 : room;
  return inner.first >= outer.first + startRoom && inner.last <= outer.last - endRoom;
}

/**
 * Whether the blocks laid out (`shown`) still serve: every span of `core` (what is in sight, what is
 * selected) in them with room to spare, and not far more than those need — after the selection or the
 * view moved away, the blocks left behind go out of layout again.
 */
export function serves(shown: Span, core: readonly Span[], count: number): boolean {
  if (core.length === 0) return true;
  const needed = spanAround(core, count, 0);
  return (
    holds(shown, needed, count, MARGIN_BLOCKS / 4) &&
    shown.last - shown.first <= needed.last - needed.first + 3 * MARGIN_BLOCKS
  );
}

/**
 * The style that lays out only `span`: the other blocks out of layout, the room they took kept as the
 * body's padding (`before` and `after`, in pixels) so the scroll bar and the text in sight stay put.
 * Under `[data-laid-out]` (a key jumping the caret far, CaretInSightPlugin) every block is laid out.
 */
export function spanStyle(span: Span, count: number, before: number, after: number): string {
  const body = '.rx-body:not([data-laid-out])';
  const hidden = [
    span.first > 0 ? `${body} > :nth-child(-n + ${span.first})` : '',
    span.last < count - 1 ? `${body} > :nth-child(n + ${span.last + 2})` : '',
  ].filter(Boolean);
  const rules = [
    `${body} { padding-top: calc(1rem + ${Math.round(before)}px); padding-bottom: calc(2rem + ${Math.round(after)}px); }`,
  ];
  if (hidden.length > 0) rules.push(`${hidden.join(', ')} { display: none; }`);
  if (span.last - span.first < WHOLE_UP_TO_BLOCKS) rules.push(`${body} > * { content-visibility: visible; }`);
  return rules.join('\n');
}
