import { describe, expect, it } from 'vitest';
import { rowAt, rowTops, scrollToReveal, visibleRows } from './windowLayout';

const heights = [100, 50, 200, 80];
const tops = rowTops(heights.length, { keys: [0, 1, 2, 3], heights }, 120);

describe('window list layout', () => {
  it('adds measured heights, and the estimate where a row is not measured yet', () => {
    expect([...tops]).toEqual([0, 100, 150, 350, 430]);
    expect([...rowTops(3, { keys: [0, 1, 2], heights: [0, 10] }, 120)]).toEqual([0, 120, 130, 250]);
    // Nothing measured: the estimate for every row, without asking.
    expect([...rowTops(3, null, 120)]).toEqual([0, 120, 240, 360]);
    expect([...rowTops(0, null, 120)]).toEqual([0]);
  });

  it('finds the row under a point, clamping outside the list', () => {
    expect(rowAt(tops, -50)).toBe(0);
    expect(rowAt(tops, 0)).toBe(0);
    expect(rowAt(tops, 149)).toBe(1);
    expect(rowAt(tops, 150)).toBe(2);
    expect(rowAt(tops, 10_000)).toBe(3);
  });

  it('renders the rows in view plus the overscan, and nothing for an empty list', () => {
    expect(visibleRows(tops, 120, 200, 0)).toEqual({ first: 1, last: 2 });
    expect(visibleRows(tops, 120, 200, 1)).toEqual({ first: 0, last: 3 });
    expect(visibleRows(rowTops(0, { keys: [], heights: [] }, 1), 0, 500, 2)).toEqual({
      first: 0,
      last: -1,
    });
  });

  it('scrolls as little as needed to reveal a row', () => {
    expect(scrollToReveal(tops, 1, 0, 300)).toBeNull();
    expect(scrollToReveal(tops, 2, 0, 300)).toBe(50); // bottom 350 aligned with the view's bottom
    expect(scrollToReveal(tops, 0, 120, 300)).toBe(0);
    expect(scrollToReveal(tops, 2, 0, 100)).toBe(150); // taller than the view: its top
  });

  it('finds each row’s height by its key, not its position (heights survive a re-sort)', () => {
    // Heights by key (a doc number); the rows show docs 7, 2 and 5, doc 5 never measured.
    const byKey = new Float64Array(8);
    byKey[2] = 40;
    byKey[7] = 70;
    expect([...rowTops(3, { keys: Int32Array.of(7, 2, 5), heights: byKey }, 100)]).toEqual([
      0, 70, 110, 210,
    ]);
    // A row without a key (past the end of `keys`) takes the estimate.
    expect([...rowTops(2, { keys: [2], heights: byKey }, 100)]).toEqual([0, 40, 140]);
  });

  it('keeps 100,000 rows cheap: one pass to lay out, a binary search to find', () => {
    const many = rowTops(100_000, { keys: new Int32Array(100_000), heights: [] }, 230);
    expect(many[100_000]).toBe(23_000_000);
    expect(visibleRows(many, 2_300_000, 2_301_000, 2)).toEqual({ first: 9998, last: 10006 });
  });
});
