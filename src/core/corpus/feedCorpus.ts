/**
 * Every file of the front page for a small corpus held in memory (the stand-in corpus, tests):
 * the record pages, the facet doc sets, the sort keys and the search buckets, with the
 * manifest's `pages` and `feed` naming them. The ingest writes the same files as it streams.
 */
import {
  SCHEMA_VERSION,
  searchBucketsFileSchema,
  type IndexRecord,
  type Manifest,
} from '../schema';
import { SearchBucketsBuilder } from '../search/buckets';
import { docKeysFile, facetSetsFiles, HEAD_SIZE, pagesOf, PAGE_SIZE } from './feedFiles';
import { pagePath } from './paths';

export interface FeedCorpus {
  pages: Manifest['pages'];
  feed: Manifest['feed'];
  /** File contents by path under the data root. */
  files: Map<string, unknown>;
}

/**
 * `records` in the feed's order (newest first) with, for each, the texts search should find it
 * by; `hashOf(value)` names a file `<stem>.<hash>.json` (content, or fixed in tests) and the
 * pages' folder `index/<hash of every page>`.
 */
export function buildFeedCorpus(
  records: readonly IndexRecord[],
  searchTexts: readonly (readonly string[])[],
  hashOf: (value: unknown) => string,
  { pageSize = PAGE_SIZE, headSize = HEAD_SIZE } = {},
): FeedCorpus {
  const files = new Map<string, unknown>();
  const put = (stem: string, value: unknown): { file: string; hash: string } => {
    const hash = hashOf(value);
    const file = `${stem}.${hash}.json`;
    files.set(file, value);
    return { file, hash };
  };
  const pageFiles = pagesOf(records, pageSize).map((page, shard) => ({
    schemaVersion: SCHEMA_VERSION,
    shard,
    records: page,
  }));
  const pages = { dir: `index/${hashOf(pageFiles)}`, count: pageFiles.length, size: pageSize };
  pageFiles.forEach((page, n) => files.set(pagePath(pages, n), page));
  const columns = facetSetsFiles(records).map((file) => ({
    column: file.column,
    bytes: JSON.stringify(file).length,
    ...put(`facets/${file.column}`, file),
  }));
  const search = new SearchBucketsBuilder();
  searchTexts.forEach((texts, doc) => search.add(doc, texts));
  const buckets = search.build().map((bucket, index) => ({
    from: bucket.from,
    terms: bucket.file.terms.length,
    ...put(`search/${index}`, bucket.file),
  }));
  const list = searchBucketsFileSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    format: 'broadsheet-search/2',
    fullText: true,
    docs: records.length,
    buckets,
  });
  return {
    pages,
    feed: {
      head: records.slice(0, headSize),
      columns,
      keys: put('facets/keys', docKeysFile(records)),
      search: put('search/buckets', list),
    },
    files,
  };
}
