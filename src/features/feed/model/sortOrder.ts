import type { IndexRecord } from '@/core/schema';

/** Milliseconds since the epoch, or -Infinity for a missing or unreadable date (sorts last). */
export function publishedTime(published: string): number {
  const time = Date.parse(published);
  return Number.isNaN(time) ? -Infinity : time;
}

/** Per-doc sort keys, in doc-number order. */
export interface SortKeys {
  time: ArrayLike<number>;
  quotes: ArrayLike<number>;
}

/** Newest first; equal dates keep arrival order (lower doc number first). */
export function compareNewest(keys: SortKeys, a: number, b: number): number {
  const gap = (keys.time[b] ?? 0) - (keys.time[a] ?? 0);
  if (gap > 0) return 1;
  if (gap < 0) return -1;
  return a - b;
}

/** Most quotes first, then newest. */
export function compareQuoted(keys: SortKeys, a: number, b: number): number {
  return (keys.quotes[b] ?? 0) - (keys.quotes[a] ?? 0) || compareNewest(keys, a, b);
}

/** Sort keys of plain records (for the naive reference). */
export const sortKeysOf = (records: readonly IndexRecord[]): SortKeys => ({
  time: records.map((record) => publishedTime(record.published)),
  quotes: records.map((record) => record.quoteCount),
});

/**
 * The order of docs 0..size-1, reusing `previous` (the order of docs 0..previous.length-1):
 * only the new docs are sorted, then merged in, so each arriving shard costs O(n + k log k).
 */
export function extendOrder(
  previous: Int32Array,
  size: number,
  compare: (a: number, b: number) => number,
): Int32Array {
  const added = new Int32Array(size - previous.length);
  for (let i = 0; i < added.length; i++) added[i] = previous.length + i;
  added.sort(compare);
  const merged = new Int32Array(size);
  let from = 0;
  let to = 0;
  for (let k = 0; k < size; k++) {
    const old = previous[from];
    const fresh = added[to];
    if (fresh === undefined || (old !== undefined && compare(old, fresh) <= 0)) {
      merged[k] = old ?? 0;
      from++;
    } else {
      merged[k] = fresh;
      to++;
    }
  }
  return merged;
}
