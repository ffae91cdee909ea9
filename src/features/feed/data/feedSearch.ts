import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { searchIndexFileSchema, type Manifest, type SearchIndexFile } from '@/core/schema';
import { fetchJson } from '@/lib/fetchJson';
import type { FeedIndex } from '../model/feedIndex';
import type { SearchIndex } from '../model/searchIndex';

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

/** The first problem each index had with a search file (written while building, read after). */
const problems = new WeakMap<FeedIndex, string>();

type Loaded = { SearchIndex: typeof SearchIndex; files: PromiseSettledResult<SearchIndexFile>[] };

/**
 * Fills a search index from the files one file per task, so decoding a large corpus's postings
 * (hundreds of milliseconds at 100,000 articles) never blocks the page in one piece, then
 * attaches it to `index`. Returns a function that abandons the work.
 */
function buildSearch(index: FeedIndex, loaded: Loaded, done: () => void): () => void {
  const search = new loaded.SearchIndex();
  const covered: number[] = [];
  let position = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    const file = loaded.files[position++];
    if (!file) {
      index.attachSearch(search, covered);
      done();
      return;
    }
    try {
      if (file.status === 'rejected') throw file.reason;
      covered.push(...search.addSerialized(file.value, (id) => index.docOf(id)));
    } catch (error) {
      // That file's articles are still found by title, excerpt and speakers.
      if (!problems.has(index)) {
        problems.set(index, error instanceof Error ? error.message : String(error));
      }
    }
    timer = setTimeout(step, 0);
  };
  timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}

/**
 * Loads search when `wanted` and, once the article shards are in (the files name articles by id,
 * so every shard must be indexed first), builds it and attaches it to `index`. A rebuilt index
 * (see indexCache.ts) gets a search built again from the cached files.
 */
export function useFeedSearch(
  index: FeedIndex,
  manifest: Manifest,
  wanted: boolean,
  shardsLoaded: boolean,
): FeedSearchStatus {
  const search = useQuery({ ...feedSearchQuery(manifest), enabled: wanted && shardsLoaded });
  const [, setBuilt] = useState(0);
  const loaded = search.data;
  useEffect(() => {
    if (!loaded || index.searchReady) return undefined;
    return buildSearch(index, loaded, () => setBuilt((count) => count + 1));
  }, [index, loaded]);
  return {
    ready: index.searchReady,
    filesError: problems.get(index) ?? null,
    codeError: search.isError
      ? { message: search.error.message, retry: () => void search.refetch() }
      : null,
  };
}
