import type { IndexRecord } from '@/core/schema';

/**
 * Keeps the records whose title or excerpt contains every word of the query (case-insensitive).
 * A stop-gap until the feed's real search index lands.
 */
export function filterByText(records: readonly IndexRecord[], query: string): IndexRecord[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...records];
  return records.filter((record) => {
    const haystack = `${record.title} ${record.excerpt}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
