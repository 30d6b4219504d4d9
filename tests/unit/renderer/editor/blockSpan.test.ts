import { describe, expect, it } from 'vitest';
import {
  MARGIN_BLOCKS,
  WHOLE_UP_TO_BLOCKS,
  blocksBetween,
  holds,
  serves,
  spanAround,
  spanStyle,
} from '../../../../renderer/editor/blockSpan';

describe('blocksBetween', () => {
  const tens = () => 10;

  it('finds the blocks a band of the body meets, and where the first starts on it', () => {
    // Blocks of 10 px: the band 25–55 meets blocks 2 (20–30) to 5 (50–60); block 2 starts 5 px above it.
    expect(blocksBetween(100, tens, 25, 55)).toEqual({ first: 2, last: 5, firstTop: -5 });
    expect(blocksBetween(100, tens, 0, 10)).toEqual({ first: 0, last: 0, firstTop: 0 });
  });

  it('uses each block’s own height', () => {
    const heights = [100, 5, 5, 5, 100, 10];
    expect(blocksBetween(heights.length, (i) => heights[i]!, 101, 120)).toEqual({
      first: 1,
      last: 4,
      firstTop: -1,
    });
  });

  it('stays within the body: a band past its end meets its last block, one above it the first', () => {
    expect(blocksBetween(50, tens, 10_000, 10_720)).toEqual({ first: 49, last: 49, firstTop: 490 - 10_000 });
    expect(blocksBetween(50, tens, -500, -100)).toEqual({ first: 0, last: 0, firstTop: 500 });
  });
});

describe('spanAround', () => {
  it('holds every span given with a margin each side, within the body', () => {
    expect(
      spanAround(
        [
          { first: 100, last: 110 },
          { first: 300, last: 300 },
        ],
        1_000,
        80,
      ),
    ).toEqual({
      first: 20,
      last: 380,
    });
    expect(spanAround([{ first: 5, last: 990 }], 1_000, 80)).toEqual({ first: 0, last: 999 });
  });
});

describe('holds and serves', () => {
  const room = MARGIN_BLOCKS / 4;

  it('asks for room at each end of the window, except at the body’s own ends', () => {
    expect(holds({ first: 100, last: 300 }, { first: 100 + room, last: 300 - room }, 1_000, room)).toBe(true);
    expect(holds({ first: 100, last: 300 }, { first: 100 + room - 1, last: 200 }, 1_000, room)).toBe(false);
    expect(holds({ first: 0, last: 300 }, { first: 0, last: 10 }, 1_000, room)).toBe(true);
    expect(holds({ first: 800, last: 999 }, { first: 990, last: 999 }, 1_000, room)).toBe(true);
  });

  it('lets a window go once it holds far more than the selection and the view need', () => {
    const count = 10_000;
    const inSight = { first: 5_000, last: 5_020 };
    expect(serves({ first: 4_920, last: 5_100 }, [inSight], count)).toBe(true);
    // The caret far above, then brought back: the blocks in between are no longer needed.
    expect(serves({ first: 1_000, last: 5_100 }, [inSight], count)).toBe(false);
    expect(serves({ first: 1_000, last: 5_100 }, [inSight, { first: 1_050, last: 1_050 }], count)).toBe(true);
    expect(serves({ first: 4_990, last: 5_100 }, [inSight], count)).toBe(false);
  });
});

describe('spanStyle', () => {
  it('takes the blocks before and after the window out of layout and keeps their height as padding', () => {
    const style = spanStyle({ first: 100, last: 300 }, 1_000, 4_000.4, 35_000);
    expect(style).toContain('padding-top: calc(1rem + 4000px); padding-bottom: calc(2rem + 35000px);');
    // nth-child counts from 1: blocks 0–99 and 301 onwards.
    expect(style).toContain(
      ':nth-child(-n + 100), .rx-body:not([data-laid-out]) > :nth-child(n + 302) { display: none; }',
    );
    expect(style).toContain('content-visibility: visible');
  });

  it('hides nothing at a body’s end the window reaches, and leaves a wide window to content-visibility', () => {
    const style = spanStyle({ first: 0, last: WHOLE_UP_TO_BLOCKS + 10 }, 5_000, 0, 100);
    expect(style).not.toContain('-n +');
    expect(style).toContain(`:nth-child(n + ${WHOLE_UP_TO_BLOCKS + 12}) { display: none; }`);
    expect(style).not.toContain('content-visibility');
    expect(spanStyle({ first: 0, last: 999 }, 1_000, 0, 0)).not.toContain('display: none');
  });
});
