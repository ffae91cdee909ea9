import { queryOptions } from '@tanstack/react-query';
import { indexShardSchema, type IndexShard } from '@/core/schemaCorpus';
import { pagePath } from '@/core/corpus/paths';
import { fetchJson } from '../fetchJson';
import { NotFoundError } from '../errors';
import { manifestQueries } from './manifestQueries';

/** Pages of index records (manifest.pages), newest articles first. */
export const shardQueries = {
  all: () => ['shards'] as const,
  detail: (index: number) =>
    queryOptions({
      queryKey: [...shardQueries.all(), index] as const,
      queryFn: async ({ client, signal }): Promise<IndexShard> => {
        // The manifest names the shard files (content-hashed), so it is read first.
        const manifest = await client.ensureQueryData(manifestQueries.detail());
        if (index >= manifest.pages.count) {
          // An empty corpus has no page 0: show an empty feed rather than an error.
          if (index === 0) return { schemaVersion: manifest.schemaVersion, shard: 0, records: [] };
          throw new NotFoundError(`The corpus has no index page ${index}.`);
        }
        return fetchJson(pagePath(manifest.pages, index), indexShardSchema, { signal });
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
