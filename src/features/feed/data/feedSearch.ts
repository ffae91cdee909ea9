import { useQueries, useQuery } from '@tanstack/react-query';
import type { Manifest } from '@/core/schema';
import type { FeedModel } from '../model/feedModel';
import { feedQueries } from './feedQueries';
import type { LoadFailure } from './useFeedData';

export interface FeedSearchStatus {
  /** The search code and the list of buckets are in: a query can ask for its buckets. */
  ready: boolean;
  /** Search files that could not be loaded, each with a way to ask again. */
  failures: LoadFailure[];
}

/**
 * Free-text search, loaded only once a reader wants to search (they focus the box or the URL has
 * `?q=`): the search code (a chunk of its own) and the list of search buckets; then, for each
 * query, the buckets of its words that are not loaded yet (a few tens of kilobytes: the words'
 * first two letters pick them), each attached to the model as it arrives.
 */
export function useFeedSearch(
  model: FeedModel,
  manifest: Manifest,
  wanted: boolean,
  q: string,
): FeedSearchStatus {
  const docs = manifest.counts.articles;
  const code = useQuery({ ...feedQueries.search(manifest.feed.search.file), enabled: wanted });
  if (code.data && !model.corpus.search) {
    const { CorpusSearch, SearchIndex } = code.data.code;
    model.attachSearch(new CorpusSearch(code.data.list, docs), new SearchIndex());
  }
  const search = model.corpus.search;
  const wantedBuckets = search ? search.missing(q) : [];
  const buckets = useQueries({
    queries: wantedBuckets.map((position) =>
      feedQueries.searchBucket(search?.list.buckets[position]?.file ?? '', docs),
    ),
  });
  buckets.forEach((query, index) => {
    const position = wantedBuckets[index];
    if (query.data && search && position !== undefined)
      model.corpus.addSearchBucket(position, query.data);
  });
  const failures: LoadFailure[] = [];
  if (code.isError)
    failures.push({ key: 'search', message: code.error.message, retry: () => void code.refetch() });
  buckets.forEach((query, index) => {
    if (query.isError)
      failures.push({
        key: `search-${wantedBuckets[index] ?? index}`,
        message: query.error.message,
        retry: () => void query.refetch(),
      });
  });
  return { ready: search !== null, failures };
}
