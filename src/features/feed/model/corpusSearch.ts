import { bucketKey, bucketOf } from '@/core/search/buckets';
import { decodePostingLists } from '@/core/search/postings';
import { tokenize } from '@/core/search/tokenize';
import type { SearchBucketFile, SearchBucketsFile } from '@/core/schema';
import { emptyBitset, setPostings } from './bitset';
import { matchQuery, type SearchMatch } from './searchIndex';
import { matchingTerms } from './termMatch';

/** One loaded bucket: its terms (code-unit order) and their postings, back to back. */
export interface Bucket {
  terms: readonly string[];
  /** Term i's docs are docs[starts[i]..starts[i+1]). */
  starts: Int32Array;
  docs: Int32Array;
}

/** A bucket file (validated) decoded over `limit` docs; `name` names it in errors. */
export function decodeBucket(file: SearchBucketFile, limit: number, name: string): Bucket {
  const lists: Int32Array[] = [];
  let total = 0;
  decodePostingLists(file.postings, file.terms.length, limit, name, (_index, docs, length) => {
    lists.push(docs.slice(0, length));
    total += length;
  });
  const starts = new Int32Array(lists.length + 1);
  const docs = new Int32Array(total);
  lists.forEach((list, index) => {
    docs.set(list, starts[index] ?? 0);
    starts[index + 1] = (starts[index] ?? 0) + list.length;
  });
  return { terms: file.terms, starts, docs };
}

/**
 * Free text over the corpus from its search files: the list of buckets (by the first two
 * letters of each term), and whichever buckets queries have needed so far. A query is answered
 * once the buckets of all its words are loaded (`missing` says which to fetch).
 */
export class CorpusSearch {
  private readonly froms: string[];
  private readonly buckets = new Map<number, Bucket>();

  constructor(
    readonly list: SearchBucketsFile,
    private readonly size: number,
  ) {
    this.froms = list.buckets.map((bucket) => bucket.from);
  }

  /** Whether the corpus's files hold whole bodies (else each article's opening). */
  get fullText(): boolean {
    return this.list.fullText;
  }

  /** The bucket (position in `list.buckets`) a query word's terms are in, or -1 for none. */
  bucketOfWord(word: string): number {
    return bucketOf(this.froms, bucketKey(word));
  }

  /** Bucket positions the words of `query` need that are not loaded yet. */
  missing(query: string): number[] {
    const needed = new Set(tokenize(query).map((word) => this.bucketOfWord(word)));
    return [...needed].filter((bucket) => bucket >= 0 && !this.buckets.has(bucket));
  }

  has(position: number): boolean {
    return this.buckets.has(position);
  }

  add(position: number, bucket: Bucket): void {
    this.buckets.set(position, bucket);
  }

  /** The docs matching `query`, or undefined while a bucket it needs is missing. */
  match(query: string): SearchMatch | null | undefined {
    if (this.missing(query).length > 0) return undefined;
    return matchQuery(query, this.size, (word) => {
      const docs = emptyBitset(this.size);
      const terms: string[] = [];
      const bucket = this.buckets.get(this.bucketOfWord(word));
      if (bucket) {
        for (const position of matchingTerms(bucket.terms, word)) {
          const from = bucket.starts[position] ?? 0;
          const to = bucket.starts[position + 1] ?? 0;
          setPostings(docs, bucket.docs.subarray(from, to));
          terms.push(bucket.terms[position] ?? '');
        }
      }
      return { docs, terms };
    });
  }
}
