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
};
