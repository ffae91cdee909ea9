/**
 * The arithmetic of a window-scrolled virtual list, free of React and the DOM: where each row
 * starts (measured heights where known, an estimate elsewhere) and which rows a viewport shows.
 */

/**
 * Where each row starts, laid out from the top only as far as asked: the rows a viewport shows
 * and those above them, not the whole list. A search answering 86,000 of 100,000 articles would
 * otherwise lay out every row on each keystroke, in code too cold to be optimised yet on a slow
 * phone. Rows below the laid-out part count at the estimate in `height`.
 */
export class RowLayout {
  /** `tops[i]` for i <= `known`: where row i starts (row `count`: the end of the list). */
  private readonly tops: Float64Array;
  private known = 0;

  /** `heightOf` gives a row's measured height (by position), null when no row is measured. */
  constructor(
    readonly count: number,
    private readonly heightOf: ((position: number) => number | undefined) | null,
    private readonly estimate: number,
  ) {
    // Allocated whole (zeroed memory is cheap); filled only as far as asked.
    this.tops = new Float64Array(count + 1);
  }

  /** Where row `position` (>= 0) starts; `count` and beyond: where the last row ends. */
  top(position: number): number {
    const at = Math.min(position, this.count);
    this.layOut(at);
    return this.tops[at] ?? 0;
  }

  /** The list's height: the rows laid out so far, the estimate for the others. */
  get height(): number {
    return (this.tops[this.known] ?? 0) + (this.count - this.known) * this.estimate;
  }

  /** The last row starting at or above `y` (0 for y above the list). */
  rowAt(y: number): number {
    while (this.known < this.count && (this.tops[this.known] ?? 0) <= y)
      this.layOut(Math.min(this.count, this.known * 2 + 32));
    let low = 0;
    let high = Math.max(0, Math.min(this.known, this.count - 1));
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.tops[mid] ?? 0) <= y) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Lays out the rows above `position`, so tops[0..position] are exact. */
  private layOut(position: number): void {
    if (position <= this.known) return;
    const { tops, estimate, heightOf } = this;
    let top = tops[this.known] ?? 0;
    for (let row = this.known; row < position; row++) {
      top += heightOf?.(row) ?? estimate;
      tops[row + 1] = top;
    }
    this.known = position;
  }
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
  layout: RowLayout,
  viewTop: number,
  viewBottom: number,
  overscan: number,
): RowRange {
  const { count } = layout;
  if (count === 0) return { first: 0, last: -1 };
  const first = Math.max(0, layout.rowAt(viewTop) - overscan);
  const last = Math.min(count - 1, layout.rowAt(viewBottom) + overscan);
  // The rendered rows are laid out, so the list's height counts their measured heights.
  layout.top(last + 1);
  return { first, last };
}

/**
 * Where to scroll (list coordinates of the viewport's top) so row `position` is fully in view,
 * moving as little as possible; null when it already is.
 */
export function scrollToReveal(
  layout: RowLayout,
  position: number,
  viewTop: number,
  viewHeight: number,
): number | null {
  const top = layout.top(position);
  const bottom = layout.top(position + 1);
  if (top < viewTop) return top;
  if (bottom > viewTop + viewHeight) return Math.min(top, bottom - viewHeight);
  return null;
}
