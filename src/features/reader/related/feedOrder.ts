import * as z from 'zod/mini';
import type { IndexRecord } from '@/core/schema';

/**
 * The order of the feed as the reader last saw it, so `[` and `]` follow the current filter.
 * Contract for the feed (which owns it): sessionStorage[FEED_ORDER_STORAGE_KEY] =
 * JSON.stringify({ ids: string[] }) with the filtered list's article ids in display order.
 * When it is absent, or does not contain the article, the reader falls back to shard 0's order.
 */
export const FEED_ORDER_STORAGE_KEY = 'broadsheet-feed-order';

const feedOrderSchema = z.object({ ids: z.array(z.string()) });

export function readFeedOrder(): string[] | null {
  try {
    const raw = window.sessionStorage.getItem(FEED_ORDER_STORAGE_KEY);
    if (!raw) return null;
    const parsed = feedOrderSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.ids : null;
  } catch {
    return null;
  }
}

/** An article to step to: its id, and its title when the index records know it. */
export interface Neighbour {
  id: string;
  title: string;
}

/**
 * The articles before and after `id`: in the feed's own order when it includes `id`, else in the
 * order of the index records (shard 0 is newest first).
 */
export function neighbours(
  id: string,
  records: readonly IndexRecord[],
  feedOrder: readonly string[] | null = null,
): { previous: Neighbour | undefined; next: Neighbour | undefined } {
  const titles = new Map(records.map((record) => [record.id, record.title]));
  const ids = feedOrder?.includes(id) ? feedOrder : records.map((record) => record.id);
  const index = ids.indexOf(id);
  const at = (i: number): Neighbour | undefined => {
    const other = index < 0 ? undefined : ids[i];
    return other === undefined ? undefined : { id: other, title: titles.get(other) ?? '' };
  };
  return { previous: at(index - 1), next: at(index + 1) };
}
