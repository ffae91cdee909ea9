/**
 * The arithmetic of a window-scrolled virtual list, free of React and the DOM: where each row
 * starts (measured heights where known, an estimate elsewhere) and which rows a viewport shows.
 */

/** Measured heights: each position's row key, and heights by key (0 or missing: not measured). */
export interface MeasuredRows {
  keys: ArrayLike<number>;
  heights: ArrayLike<number>;
}

/**
 * Row tops: `tops[i]` is where row i starts, `tops[count]` the list's total height; `measured`
 * null when no row is measured. Typed arrays in, no call per row: a search re-lays out every
 * row of its answer (100,000 at most) on each keystroke of a slow phone.
 */
export function rowTops(
  count: number,
  measured: MeasuredRows | null,
  estimate: number,
): Float64Array {
  const tops = new Float64Array(count + 1);
  // Nothing measured yet (the first render, a list of 100,000 on a slow phone): no lookups.
  if (measured === null) {
    for (let position = 1; position <= count; position++) tops[position] = position * estimate;
    return tops;
  }
  const { keys, heights } = measured;
  let top = 0;
  for (let position = 0; position < count; position++) {
    const key = keys[position] ?? -1;
    // In bounds before reading: a typed array read past its end is a slow path in V8.
    const height = key >= 0 && key < heights.length ? (heights[key] ?? 0) : 0;
    top += height > 0 ? height : estimate;
    tops[position + 1] = top;
  }
  return tops;
}

/** The last row starting at or above `y` (0 for y above the list). */
export function rowAt(tops: Float64Array, y: number): number {
  const count = tops.length - 1;
  let low = 0;
  let high = Math.max(0, count - 1);
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((tops[mid] ?? 0) <= y) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** First and last row (inclusive) to render; `last < first` when the list is empty. */
export interface RowRange {
  first: number;
  last: number;
}

/**
 * Rows that intersect [viewTop, viewBottom] (list coordinates), plus `overscan` rows on each
 * side so a fast scroll or a focus move finds its neighbour already rendered.
 */
export function visibleRows(
  tops: Float64Array,
  viewTop: number,
  viewBottom: number,
  overscan: number,
): RowRange {
  const count = tops.length - 1;
  if (count === 0) return { first: 0, last: -1 };
  const first = Math.max(0, rowAt(tops, viewTop) - overscan);
  const last = Math.min(count - 1, rowAt(tops, viewBottom) + overscan);
  return { first, last };
}

/**
 * Where to scroll (list coordinates of the viewport's top) so row `position` is fully in view,
 * moving as little as possible; null when it already is.
 */
export function scrollToReveal(
  tops: Float64Array,
  position: number,
  viewTop: number,
  viewHeight: number,
): number | null {
  const top = tops[position] ?? 0;
  const bottom = tops[position + 1] ?? top;
  if (top < viewTop) return top;
  if (bottom > viewTop + viewHeight) return Math.min(top, bottom - viewHeight);
  return null;
}
