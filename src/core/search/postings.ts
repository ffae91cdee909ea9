/**
 * The compact form of an inverted index that the ingest writes and the feed reads: a sorted
 * vocabulary and, for each term, its posting list (ascending doc numbers) as gap-encoded varints,
 * all in one base64 string (core/corpus/varint.ts).
 */
import { ByteReader, ByteWriter } from '../corpus/varint';

/** Terms in code-unit order (the order the files store them in). */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** base64 of, for each list in order: a varint count, then varint gaps between its numbers. */
export function encodePostingLists(lists: readonly ArrayLike<number>[]): string {
  const writer = new ByteWriter();
  for (const list of lists) {
    const sorted = Int32Array.from(list).sort();
    writer.varint(sorted.length);
    let previous = 0;
    for (const value of sorted) {
      writer.varint(value - previous);
      previous = value;
    }
  }
  return writer.base64();
}

/**
 * Calls `onList(index, docs)` for each of `count` lists, in order (`docs` is reused between
 * calls: copy what you keep). Throws on data that ends early or points at `limit` or beyond
 * (a damaged file), naming `what`.
 */
export function decodePostingLists(
  postings: string,
  count: number,
  limit: number,
  what: string,
  onList: (index: number, docs: Int32Array, length: number) => void,
): void {
  const reader = new ByteReader(postings, what);
  let docs = new Int32Array(64);
  for (let index = 0; index < count; index++) {
    const length = reader.varint();
    if (length > docs.length) docs = new Int32Array(Math.max(length, docs.length * 2));
    let doc = 0;
    for (let k = 0; k < length; k++) {
      doc += reader.varint();
      if (doc >= limit) throw new Error(`${what}: list ${index} points at ${doc} of ${limit}`);
      docs[k] = doc;
    }
    onList(index, docs, length);
  }
}
