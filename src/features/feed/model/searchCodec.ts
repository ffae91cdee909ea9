/**
 * A compact, JSON-safe form of the search index, so the ingest can build it once and the app
 * can load it instead of tokenising every article: the sorted vocabulary, article ids, and all
 * posting lists as gap-encoded varints in one base64 string.
 */
import * as z from 'zod/mini';
import { SearchIndex } from './searchIndex';

export const SEARCH_FORMAT = 'broadsheet-search/1';

export const serializedSearchSchema = z.object({
  format: z.literal(SEARCH_FORMAT),
  /** Article ids; postings refer to positions in this list. */
  ids: z.array(z.string()),
  /** Normalised terms in code-unit order. */
  terms: z.array(z.string()),
  /** base64 of, for each term in order: a varint count, then varint gaps between positions. */
  postings: z.string(),
});
export type SerializedSearch = z.infer<typeof serializedSearchSchema>;

class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  base64(): string {
    const chunks: string[] = [];
    for (let start = 0; start < this.length; start += 0x8000) {
      const end = Math.min(start + 0x8000, this.length);
      chunks.push(String.fromCharCode(...this.bytes.subarray(start, end)));
    }
    return btoa(chunks.join(''));
  }
}

/** Serialises `search`, whose doc numbers index `ids`. */
export function encodeSearch(search: SearchIndex, ids: readonly string[]): SerializedSearch {
  const writer = new ByteWriter();
  const terms: string[] = [];
  for (const { term, docs } of search.terms()) {
    terms.push(term);
    const sorted = Int32Array.from(docs).sort();
    writer.varint(sorted.length);
    let previous = 0;
    for (const doc of sorted) {
      writer.varint(doc - previous);
      previous = doc;
    }
  }
  return { format: SEARCH_FORMAT, ids: [...ids], terms, postings: writer.base64() };
}

/**
 * Rebuilds a search index whose doc numbers come from `docOf(id)`; postings of ids it does
 * not know are skipped. Returns the index and the doc numbers it covers.
 */
export function decodeSearch(
  data: SerializedSearch,
  docOf: (id: string) => number | undefined,
): { search: SearchIndex; covered: number[] } {
  const local = data.ids.map((id) => docOf(id) ?? -1);
  const bytes = atob(data.postings);
  let offset = 0;
  const readVarint = (): number => {
    let value = 0;
    for (let shift = 0; offset < bytes.length; shift += 7) {
      const byte = bytes.charCodeAt(offset++);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error('search index: postings end in the middle of a number');
  };
  const search = new SearchIndex();
  const docs: number[] = [];
  for (const term of data.terms) {
    docs.length = 0;
    let position = 0;
    for (let count = readVarint(); count > 0; count--) {
      position += readVarint();
      const doc = local[position];
      if (doc === undefined) throw new Error(`search index: position ${position} has no id`);
      if (doc >= 0) docs.push(doc);
    }
    if (docs.length > 0) search.addPostings(term, docs);
  }
  return { search, covered: local.filter((doc) => doc >= 0) };
}
