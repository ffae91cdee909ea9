import { useQuery } from '@tanstack/react-query';
import { searchIndexFileSchema, type Manifest, type SearchIndexFile } from '@/core/schema';
import { fetchJson } from '@/lib/fetchJson';
import type { FeedIndex } from '../model/feedIndex';

/**
 * Free-text search, loaded only once a reader wants to search (they focus the box or the URL has
 * `?q=`): the search code (a chunk of its own, kept out of the front page's first JavaScript)
 * and the corpus search files (full text, written by the ingest). The files are settled one by
 * one: without them search still works over titles, excerpts and speakers.
 */
export const feedSearchQuery = (manifest: Manifest) => {
  const files = (manifest.searchShards ?? []).map((shard) => shard.file);
  return {
    queryKey: ['feed', 'search', ...files] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const [code, settled] = await Promise.all([
        import('../model/searchIndex'),
        Promise.allSettled(files.map((file) => fetchJson(file, searchIndexFileSchema, { signal }))),
      ]);
      return { SearchIndex: code.SearchIndex, files: settled };
    },
    staleTime: Infinity,
  };
};

export interface FeedSearchStatus {
  /** A search index is attached to the feed index: `?q=` is answered. */
  ready: boolean;
  /** Why full text is not searched (titles, excerpts and speakers still are), if it is not. */
  filesError: string | null;
  /** Why search is not available at all, with a way to try again. */
  codeError: { message: string; retry: () => void } | null;
}

/** The first problem each index had with a search file (written while attaching, read after). */
const problems = new WeakMap<FeedIndex, string>();

function attach(index: FeedIndex, files: PromiseSettledResult<SearchIndexFile>[]): void {
  for (const file of files) {
    try {
      if (file.status === 'rejected') throw file.reason;
      index.addSearchFile(file.value);
    } catch (error) {
      // That file's articles are still found by title, excerpt and speakers.
      if (!problems.has(index))
        problems.set(index, error instanceof Error ? error.message : String(error));
    }
  }
}

/**
 * Loads search when `wanted` and attaches it to `index` once the article shards are in (the
 * files name articles by id, so every shard must be indexed first). Attaching happens during
 * render and is idempotent, like adding shards (see indexCache.ts): a rebuilt index gets the
 * cached search again.
 */
export function useFeedSearch(
  index: FeedIndex,
  manifest: Manifest,
  wanted: boolean,
  shardsLoaded: boolean,
): FeedSearchStatus {
  const search = useQuery({ ...feedSearchQuery(manifest), enabled: wanted && shardsLoaded });
  if (search.data && !index.searchReady) {
    index.attachSearch(new search.data.SearchIndex());
    attach(index, search.data.files);
  }
  return {
    ready: index.searchReady,
    filesError: problems.get(index) ?? null,
    codeError: search.isError
      ? { message: search.error.message, retry: () => void search.refetch() }
      : null,
  };
}
