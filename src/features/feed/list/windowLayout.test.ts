import { describe, expect, it } from 'vitest';
import { RowLayout, scrollToReveal, visibleRows } from './windowLayout';

const heights = [100, 50, 200, 80];
const layout = () => new RowLayout(heights.length, (position) => heights[position], 120);
const topsOf = (rows: RowLayout) => Array.from({ length: rows.count + 1 }, (_, i) => rows.top(i));

describe('window list layout', () => {
  it('adds measured heights, and the estimate where a row is not measured yet', () => {
    expect(topsOf(layout())).toEqual([0, 100, 150, 350, 430]);
    expect(topsOf(new RowLayout(3, (position) => (position === 1 ? 10 : undefined), 120))).toEqual([
      0, 120, 130, 250,
    ]);
    // Nothing measured: the estimate for every row.
    expect(topsOf(new RowLayout(3, null, 120))).toEqual([0, 120, 240, 360]);
    expect(new RowLayout(0, null, 120).height).toBe(0);
  });

  it('finds the row under a point, clamping outside the list', () => {
    const rows = layout();
    expect(rows.rowAt(-50)).toBe(0);
    expect(rows.rowAt(0)).toBe(0);
    expect(rows.rowAt(149)).toBe(1);
    expect(rows.rowAt(150)).toBe(2);
    expect(rows.rowAt(10_000)).toBe(3);
  });

  it('renders the rows in view plus the overscan, and nothing for an empty list', () => {
    expect(visibleRows(layout(), 120, 200, 0)).toEqual({ first: 1, last: 2 });
    expect(visibleRows(layout(), 120, 200, 1)).toEqual({ first: 0, last: 3 });
    expect(visibleRows(new RowLayout(0, null, 1), 0, 500, 2)).toEqual({ first: 0, last: -1 });
  });

  it('scrolls as little as needed to reveal a row', () => {
    expect(scrollToReveal(layout(), 1, 0, 300)).toBeNull();
    expect(scrollToReveal(layout(), 2, 0, 300)).toBe(50); // bottom 350 aligned with the view's bottom
    expect(scrollToReveal(layout(), 0, 120, 300)).toBe(0);
    expect(scrollToReveal(layout(), 2, 0, 100)).toBe(150); // taller than the view: its top
  });

  it('lays out only down to the rows in view: the rest of the list counts at the estimate', () => {
    // 100,000 rows, the measured ones (200 px) far below the viewport.
    const asked: number[] = [];
    const rows = new RowLayout(100_000, (position) => (asked.push(position), 200), 230);
    expect(visibleRows(rows, 0, 1000, 2)).toEqual({ first: 0, last: 7 });
    expect(rows.top(8)).toBe(8 * 200);
    // A few rows laid out at 200 px; nearly all of the list still at the estimate.
    expect(rows.height).toBeGreaterThan(99_000 * 230);
    expect(rows.height).toBeLessThan(100_000 * 230);
    expect(asked.length).toBeLessThan(100);
    // Asking for a row further down lays out the rows above it.
    expect(rows.top(50_000)).toBe(50_000 * 200);
    expect(rows.height).toBe(50_000 * 200 + 50_000 * 230);
    expect(rows.top(100_000)).toBe(100_000 * 200);
    expect(rows.height).toBe(100_000 * 200);
  });

  it('finds rows in a long list with nothing measured', () => {
    const many = new RowLayout(100_000, null, 230);
    expect(many.height).toBe(23_000_000);
    expect(visibleRows(many, 2_300_000, 2_301_000, 2)).toEqual({ first: 9998, last: 10006 });
  });
});
