/**
 * The compact form of an inverted index that the ingest writes and the feed reads: the sorted
 * vocabulary, the article ids, and every posting list as gap-encoded varints in one base64
 * string. A term's postings are positions in `ids`, ascending.
 */

export const SEARCH_FORMAT = 'broadsheet-search/1';

export interface SerializedPostings {
  /** Article ids; postings refer to positions in this list. */
  ids: string[];
  /** Normalised terms (see tokenize.ts) in code-unit order. */
  terms: string[];
  /** base64 of, for each term in order: a varint count, then varint gaps between positions. */
  postings: string;
}

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

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Serialises term → positions (each list ascending, positions index `ids`). */
export function encodePostings(
  ids: readonly string[],
  postings: ReadonlyMap<string, ArrayLike<number>>,
): SerializedPostings {
  const writer = new ByteWriter();
  const terms = [...postings.keys()].sort(byCodeUnit);
  for (const term of terms) {
    const positions = Int32Array.from(postings.get(term) ?? []).sort();
    writer.varint(positions.length);
    let previous = 0;
    for (const position of positions) {
      writer.varint(position - previous);
      previous = position;
    }
  }
  return { ids: [...ids], terms, postings: writer.base64() };
}

/**
 * Calls `onTerm` with each term and its positions, in vocabulary order. Throws on postings that
 * end early or point past `ids` (a damaged file), naming what is wrong.
 */
export function decodePostings(
  data: SerializedPostings,
  onTerm: (term: string, positions: readonly number[]) => void,
): void {
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
  const positions: number[] = [];
  for (const term of data.terms) {
    positions.length = 0;
    let position = 0;
    for (let count = readVarint(); count > 0; count--) {
      position += readVarint();
      if (position >= data.ids.length) {
        throw new Error(
          `search index: "${term}" points at article ${position} of ${data.ids.length}`,
        );
      }
      positions.push(position);
    }
    onTerm(term, positions);
  }
}
