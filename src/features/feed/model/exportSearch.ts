import type { SerializedPostings } from '@/core/search/postings';
import type { FeedIndex } from './feedIndex';
import type { SearchIndex } from './searchIndex';

/**
 * The words of every article of `index` in the search files' form, `search` being the index
 * attached to it (for tests and benchmarks, which play the ingest's part).
 */
export function exportSearch(index: FeedIndex, search: SearchIndex): SerializedPostings {
  index.prepareSearch();
  const ids = Array.from({ length: index.size }, (_, doc) => index.record(doc).id);
  return search.toSerialized(ids);
}
