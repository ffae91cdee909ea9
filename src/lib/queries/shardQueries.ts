import { queryOptions } from '@tanstack/react-query';
import { indexShardSchema, type IndexShard } from '@/core/schema';
import { fetchJson } from '../fetchJson';
import { NotFoundError } from '../errors';
import { manifestQueries } from './manifestQueries';

/** Index shards, newest articles first; shard 0 is all the first screen needs. */
export const shardQueries = {
  all: () => ['shards'] as const,
  detail: (index: number) =>
    queryOptions({
      queryKey: [...shardQueries.all(), index] as const,
      queryFn: async ({ client, signal }): Promise<IndexShard> => {
        // The manifest names the shard files (content-hashed), so it is read first.
        const manifest = await client.ensureQueryData(manifestQueries.detail());
        const entry = manifest.shards[index];
        if (!entry) {
          // An empty corpus has no shard 0: show an empty feed rather than an error.
          if (index === 0) return { schemaVersion: manifest.schemaVersion, shard: 0, records: [] };
          throw new NotFoundError(`The corpus has no index shard ${index}.`);
        }
        return fetchJson(entry.file, indexShardSchema, { signal });
      },
      staleTime: Infinity,
    }),
  /**
   * Shards 1 to count-1, fetched in parallel through each shard's own query and settled
   * together: the feed adds them in one step after shard 0, and asking again fetches only the
   * shards that failed (the others are fresh in the cache).
   */
  rest: (count: number) =>
    queryOptions({
      queryKey: [...shardQueries.all(), 'rest', count] as const,
      queryFn: ({ client }) =>
        Promise.allSettled(
          Array.from({ length: Math.max(0, count - 1) }, (_, position) =>
            client.fetchQuery(shardQueries.detail(position + 1)),
          ),
        ),
      staleTime: Infinity,
    }),
};
