/**
 * The search vocabulary in buckets by the first two letters of each term (searchBucketsFileSchema):
 * a query loads only the buckets of its words, so searching 100,000 articles fetches a few tens
 * of kilobytes rather than the whole index. Small neighbouring groups share a bucket, so a
 * corpus has tens or hundreds of files rather than one per letter pair.
 */
import type { SearchBucketFile } from '../schemaFeedFiles';
import { SCHEMA_VERSION } from '../schemaVersion';
import { byCodeUnit, encodePostingLists } from './postings';
import { tokenize } from './tokenize';

/** The bucket key of a term or query word: its first two letters (code units). */
export const bucketKey = (term: string): string => term.slice(0, 2);

/** About this many bytes of postings per bucket before a new bucket starts. */
export const BUCKET_TARGET_BYTES = 48 * 1024;

/** Which bucket of `froms` (ascending) holds `key`: the last whose `from` is <= key. */
export function bucketOf(froms: readonly string[], key: string): number {
  let low = 0;
  let high = froms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((froms[mid] ?? '') <= key) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Collects every doc's words, then cuts the vocabulary into bucket files. */
export class SearchBucketsBuilder {
  private readonly postings = new Map<string, number[]>();

  /** Adds doc `doc`'s texts; docs must be added in ascending order. */
  add(doc: number, texts: readonly string[]): void {
    for (const text of texts) {
      for (const term of tokenize(text)) {
        const docs = this.postings.get(term);
        if (!docs) this.postings.set(term, [doc]);
        // A doc's words all arrive together, so a repeat is always the last posting.
        else if (docs[docs.length - 1] !== doc) docs.push(doc);
      }
    }
  }

  /** The buckets in order, each with the first key it holds. */
  build(targetBytes = BUCKET_TARGET_BYTES): { from: string; file: SearchBucketFile }[] {
    const terms = [...this.postings.keys()].sort(byCodeUnit);
    const buckets: { from: string; terms: string[] }[] = [];
    let bytes = Infinity;
    for (let i = 0; i < terms.length;) {
      const key = bucketKey(terms[i] ?? '');
      let end = i;
      let groupBytes = 0;
      while (end < terms.length && bucketKey(terms[end] ?? '') === key) {
        // A rough size: the term, then a byte or two per posting.
        const term = terms[end] ?? '';
        groupBytes += term.length + 3 + 1.5 * (this.postings.get(term)?.length ?? 0);
        end++;
      }
      if (bytes >= targetBytes) {
        buckets.push({ from: key, terms: [] });
        bytes = 0;
      }
      const current = buckets[buckets.length - 1];
      for (let k = i; k < end; k++) current?.terms.push(terms[k] ?? '');
      bytes += groupBytes;
      i = end;
    }
    return buckets.map((bucket) => ({
      from: bucket.from,
      file: {
        schemaVersion: SCHEMA_VERSION,
        format: 'broadsheet-search/2',
        terms: bucket.terms,
        postings: encodePostingLists(bucket.terms.map((term) => this.postings.get(term) ?? [])),
      },
    }));
  }
}
