import { useQuery } from '@tanstack/react-query';
import { searchIndexFileSchema, type Manifest } from '@/core/schema';
import { fetchJson } from '@/lib/fetchJson';
import type { FeedIndex } from '../model/feedIndex';

/**
 * Free-text search arrives in two parts, both loaded only once a reader wants to search (they
 * focus the box or the URL has `?q=`): the search code (a chunk of its own, kept out of the
 * front page's first JavaScript) and the corpus search files (full text, written by the ingest).
 * Without the files, search still works over titles, excerpts and speakers.
 */
export const feedSearchQueries = {
  code: () => ({
    queryKey: ['feed', 'search-code'] as const,
    queryFn: () => import('../model/searchIndex'),
    staleTime: Infinity,
  }),
  files: (manifest: Manifest) => {
    const files = (manifest.searchShards ?? []).map((shard) => shard.file);
    return {
      queryKey: ['feed', 'search-files', ...files] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        Promise.all(files.map((file) => fetchJson(file, searchIndexFileSchema, { signal }))),
      staleTime: Infinity,
    };
  },
};

/** The last search file each index could not read (written during render, read just after). */
const damaged = new WeakMap<FeedIndex, string>();

export interface FeedSearchStatus {
  /** A search index is attached to the feed index: `?q=` is answered. */
  ready: boolean;
  /** Why full text is not searched (titles, excerpts and speakers still are), if it is not. */
  filesError: string | null;
  /** Why search is not available at all, with a way to try again. */
  codeError: { message: string; retry: () => void } | null;
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
  const code = useQuery({ ...feedSearchQueries.code(), enabled: wanted });
  const files = useQuery({ ...feedSearchQueries.files(manifest), enabled: wanted && shardsLoaded });
  const filesSettled = files.isSuccess || files.isError;
  if (code.data && shardsLoaded && filesSettled && !index.searchReady) {
    index.attachSearch(new code.data.SearchIndex());
    const names = manifest.searchShards ?? [];
    (files.data ?? []).forEach((file, position) => {
      try {
        index.addSearchFile(file);
      } catch (error) {
        // A damaged file: its articles are still found by title, excerpt and speakers.
        const name = names[position]?.file ?? `search file ${position}`;
        damaged.set(index, `${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
  return {
    ready: index.searchReady,
    filesError: files.isError ? files.error.message : (damaged.get(index) ?? null),
    codeError: code.isError
      ? { message: code.error.message, retry: () => void code.refetch() }
      : null,
  };
}
