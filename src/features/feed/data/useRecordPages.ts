import { useQueries } from '@tanstack/react-query';
import { shardQueries } from '@/lib/queries/shardQueries';
import type { FeedModel } from '../model/feedModel';
import type { LoadFailure } from './useFeedData';

/** Rows beyond the rendered ones whose records are fetched ahead (the next screenful). */
const LOOKAHEAD = 12;

/**
 * Fetches the pages of records (`manifest.shards`) that rows `first`…`last` of the list (and a
 * few beyond) need, and attaches each to the model as it arrives: a list of 100,000 articles
 * reads only the pages it shows. Returns the pages that failed, each with a retry.
 */
export function useRecordPages(
  model: FeedModel,
  docs: Int32Array,
  first: number,
  last: number,
): LoadFailure[] {
  const corpus = model.corpus;
  const wanted = new Set<number>();
  const end = Math.min(docs.length - 1, last + LOOKAHEAD);
  for (let position = Math.max(0, first); position <= end; position++) {
    const doc = docs[position] ?? 0;
    if (doc < corpus.size && !corpus.record(doc)) wanted.add(Math.floor(doc / corpus.pageSize));
  }
  const pages = [...wanted];
  const queries = useQueries({ queries: pages.map((page) => shardQueries.detail(page)) });
  const failures: LoadFailure[] = [];
  queries.forEach((query, index) => {
    const page = pages[index] ?? 0;
    if (query.data && !corpus.hasPage(page)) corpus.attachPage(page, query.data.records);
    if (query.isError)
      failures.push({
        key: `page-${page}`,
        message: query.error.message,
        retry: () => void query.refetch(),
      });
  });
  return failures;
}
