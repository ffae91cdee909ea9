import { useQuery } from '@tanstack/react-query';
import type { Manifest } from '@/core/schema';
import type { FeedModel } from '../model/feedModel';
import { feedQueries } from './feedQueries';
import { settle, type LoadFailure } from './loadFailures';

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
): LoadFailure[] {
  const docs = manifest.counts.articles;
  const code = useQuery({ ...feedQueries.search(manifest.feed.search.file), enabled: wanted });
  if (code.data && !model.corpus.search) {
    const { CorpusSearch, SearchIndex } = code.data.code;
    model.attachSearch(new CorpusSearch(code.data.list, docs), new SearchIndex());
  }
  const search = model.corpus.search;
  const needed = search ? search.missing(q) : [];
  const files = needed.map((position) => search?.list.buckets[position]?.file ?? '');
  const buckets = useQuery({
    ...feedQueries.searchBuckets(files, docs),
    enabled: files.length > 0,
  });
  const failures = settle('search', buckets, (bucket, index) =>
    model.corpus.addSearchBucket(needed[index] ?? -1, bucket),
  );
  if (code.isError)
    failures.push({ key: 'search', message: code.error.message, retry: () => void code.refetch() });
  return failures;
}
