import { useQuery } from '@tanstack/react-query';
import type { FeedModel } from '../model/feedModel';
import { feedQueries } from './feedQueries';
import { settle, type LoadFailure } from './loadFailures';

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
  const pages = [...wanted].sort((a, b) => a - b);
  const query = useQuery({ ...feedQueries.pages(pages), enabled: pages.length > 0 });
  return settle('page', query, (settled, index) => {
    const page = pages[index] ?? 0;
    if (!corpus.hasPage(page)) corpus.attachPage(page, settled.records);
  });
}
