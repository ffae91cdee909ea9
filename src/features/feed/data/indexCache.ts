import type { IndexRecord, IndexShard, Manifest } from '@/core/schema';
import { FeedIndex } from '../model/feedIndex';

interface CachedIndex {
  index: FeedIndex;
  added: Set<number>;
  /** Ids of the reader's own (imported) articles in the index. */
  imported: Set<string>;
}

/** One FeedIndex per manifest for the life of the page, so going back to the feed is instant. */
const cache = new WeakMap<Manifest, CachedIndex>();

const fresh = (manifest: Manifest): CachedIndex => ({
  index: new FeedIndex({ people: manifest.facets.people }),
  added: new Set(),
  imported: new Set(),
});

/**
 * The feed index of a manifest with every loaded shard in it, plus the reader's imported
 * articles. Adding is idempotent (a shard is added once; FeedIndex skips ids it has), so calling
 * this during render is safe. FeedIndex cannot remove documents, so when an imported article
 * was deleted the index is rebuilt.
 */
export function indexWithShards(
  manifest: Manifest,
  shards: readonly (IndexShard | undefined)[],
  imported: readonly IndexRecord[] = [],
): FeedIndex {
  let entry = cache.get(manifest);
  const importedIds = new Set(imported.map((record) => record.id));
  if (entry && [...entry.imported].some((id) => !importedIds.has(id))) entry = undefined;
  if (!entry) {
    entry = fresh(manifest);
    cache.set(manifest, entry);
  }
  const current = entry;
  shards.forEach((shard, position) => {
    if (!shard || current.added.has(position)) return;
    current.index.add(shard.records);
    current.added.add(position);
  });
  const added = imported.filter((record) => !current.imported.has(record.id));
  if (added.length > 0) {
    current.index.add(added);
    for (const record of added) current.imported.add(record.id);
  }
  return current.index;
}
