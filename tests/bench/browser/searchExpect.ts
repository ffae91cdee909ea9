/** The search side of the benchmark: a word to type and how many articles each prefix finds. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  searchBucketFileSchema,
  searchBucketsFileSchema,
  type IndexRecord,
  type Manifest,
} from '../../../src/core/schema';
import { tokenize } from '../../../src/core/search/tokenize';
import { CorpusSearch, decodeBucket } from '../../../src/features/feed/model/corpusSearch';
import { cardinality } from '../../../src/features/feed/model/bitset';

/** The most frequent headline word of at least seven letters: a search a reader might type. */
export function searchWord(records: readonly IndexRecord[]): string {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const word of new Set(tokenize(record.title)))
      if (word.length >= 7 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!best) throw new Error('no headline word of seven letters');
  return best[0];
}

/** How many articles a query finds, with the app's own search over the corpus's files. */
export async function searchTotals(
  dataDir: string,
  manifest: Manifest,
): Promise<(query: string) => Promise<number>> {
  const read = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(join(dataDir, file), 'utf8'));
  const list = searchBucketsFileSchema.parse(await read(manifest.feed.search.file));
  const size = manifest.counts.articles;
  const search = new CorpusSearch(list, size);
  return async (query) => {
    for (const position of search.missing(query)) {
      const file = list.buckets[position]?.file ?? '';
      search.add(
        position,
        decodeBucket(searchBucketFileSchema.parse(await read(file)), size, file),
      );
    }
    const match = search.match(query);
    return match ? cardinality(match.docs) : size;
  };
}
