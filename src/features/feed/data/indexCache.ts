import type { IndexShard, Manifest } from '@/core/schema';
import { FeedIndex } from '../model/feedIndex';

interface CachedIndex {
  index: FeedIndex;
  added: Set<number>;
}

/** One FeedIndex per manifest for the life of the page, so going back to the feed is instant. */
const cache = new WeakMap<Manifest, CachedIndex>();

/**
 * The feed index of a manifest with every loaded shard in it. Adding is idempotent (a shard is
 * added once; FeedIndex skips ids it has), so calling this during render is safe.
 */
export function indexWithShards(
  manifest: Manifest,
  shards: readonly (IndexShard | undefined)[],
): FeedIndex {
  let entry = cache.get(manifest);
  if (!entry) {
    entry = { index: new FeedIndex({ people: manifest.facets.people }), added: new Set() };
    cache.set(manifest, entry);
  }
  shards.forEach((shard, position) => {
    if (!shard || entry.added.has(position)) return;
    entry.index.add(shard.records);
    entry.added.add(position);
  });
  return entry.index;
}
