import { useEffect, useMemo } from 'react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { manifestQueries } from '@/lib/queries/manifestQueries';
import { shardQueries } from '@/lib/queries/shardQueries';
import { importedQueries } from '@/lib/imported/queries';
import { MY_ARTICLES_SOURCE } from '@/lib/imported/ids';
import { toIndexRecord } from '@/lib/imported/toIndexRecord';
import { createFeedNames, type FeedNames } from '../names';
import { feedQueries } from './feedQueries';
import { useFeedSearch } from './feedSearch';
import { indexWithShards } from './indexCache';

/** Articles indexed for search per slice of idle time (a few milliseconds' work). */
const SEARCH_SLICE = 250;

/** A shard that failed to load, with a way to ask again. */
export interface ShardFailure {
  shard: number;
  message: string;
  retry: () => void;
}

/** Shard numbers to load: every shard, or shard 0 alone for an empty corpus (it answers empty). */
/**
 * Everything the feed reads: the manifest (already loaded by the route), every index shard
 * (shard 0 first for the first screen, the others in parallel and added together), and names.
 */
export function useFeedData({ wantSearch }: { wantSearch: boolean }) {
  const { data: manifest } = useSuspenseQuery(manifestQueries.detail());
  const first = useQuery(shardQueries.detail(0));
  const restCount = Math.max(0, manifest.shards.length - 1);
  const rest = useQuery({ ...shardQueries.rest(manifest.shards.length), enabled: restCount > 0 });
  const restPending = restCount > 0 && rest.isPending;
  const shardsPending = first.isPending || restPending;
  const peopleFile = manifest.facetFiles?.people.file;
  // Names beyond the manifest's top 500 people: fetched once the articles themselves are in.
  const { data: allPeople } = useQuery({
    ...feedQueries.people(peopleFile ?? ''),
    enabled: peopleFile !== undefined && !shardsPending,
  });

  // The reader's own articles (IndexedDB) join the feed under the source "My articles".
  const { data: importedRecords } = useQuery(importedQueries.list());
  const imported = useMemo(() => (importedRecords ?? []).map(toIndexRecord), [importedRecords]);

  const index = indexWithShards(
    manifest,
    [
      first.data,
      ...(rest.data ?? []).map((settled) =>
        settled.status === 'fulfilled' ? settled.value : undefined,
      ),
    ],
    imported,
  );
  const size = index.size;

  const names: FeedNames = useMemo(() => {
    const people = new Map(
      (allPeople?.people ?? manifest.facets.people).map((p) => [p.id, p.name]),
    );
    for (const record of importedRecords ?? []) {
      record.people.forEach((id, rank) => {
        const name = record.speakers[rank];
        if (name && !people.has(id)) people.set(id, name);
      });
    }
    const sources = new Map(manifest.facets.sources.map((source) => [source.id, source.name]));
    if ((importedRecords ?? []).length > 0)
      sources.set(MY_ARTICLES_SOURCE.id, MY_ARTICLES_SOURCE.name);
    return createFeedNames(people, sources);
  }, [manifest, allPeople, importedRecords]);

  const search = useFeedSearch(index, manifest, wantSearch, !shardsPending);

  // Index the articles no search file covers (imported ones, a corpus without files) in idle
  // time once search is attached: small slices while the browser has time to spare.
  const searchReady = search.ready;
  useEffect(() => {
    if (!searchReady) return undefined;
    if (typeof window.requestIdleCallback !== 'function') {
      const handle = window.setTimeout(() => index.prepareSearch(), 200);
      return () => window.clearTimeout(handle);
    }
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      let done = false;
      while (!done && deadline.timeRemaining() > 4) done = index.prepareSearch(SEARCH_SLICE);
      if (!done) handle = window.requestIdleCallback(step);
    };
    handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }, [index, size, searchReady]);

  const failures: ShardFailure[] = [
    ...(first.isError
      ? [{ shard: 0, message: first.error.message, retry: () => void first.refetch() }]
      : []),
    ...(rest.data ?? []).flatMap((settled, position) =>
      settled.status === 'rejected'
        ? [
            {
              shard: position + 1,
              message:
                settled.reason instanceof Error ? settled.reason.message : String(settled.reason),
              retry: () => void rest.refetch(),
            },
          ]
        : [],
    ),
  ];
  return {
    manifest,
    index,
    /** Changes whenever articles are added, for memoising queries over the mutable index. */
    size,
    names,
    loadingShards: (first.isPending ? 1 : 0) + (restPending ? restCount : 0),
    failures,
    search,
  };
}
