/**
 * Fixed-size bitsets over dense doc numbers, stored as Uint32Array words.
 * Every set op here writes into its first argument so a query allocates a handful of arrays,
 * never one object per document.
 */
export type Bitset = Uint32Array;

/** Number of 32-bit words needed for `size` bits. */
export const wordCount = (size: number): number => (size + 31) >>> 5;

/** An empty bitset for `size` docs. */
export const emptyBitset = (size: number): Bitset => new Uint32Array(wordCount(size));

/** A bitset with bits 0..size-1 set (the trailing bits of the last word stay clear). */
export function fullBitset(size: number): Bitset {
  const bits = new Uint32Array(wordCount(size)).fill(0xffffffff);
  const tail = size & 31;
  if (tail !== 0) bits[bits.length - 1] = (1 << tail) - 1;
  return bits;
}

/** Sets the bit for `doc`. */
export function setBit(bits: Bitset, doc: number): void {
  const w = doc >>> 5;
  bits[w] = (bits[w] ?? 0) | (1 << (doc & 31));
}

/** Whether the bit for `doc` is set. */
export const hasBit = (bits: Bitset, doc: number): boolean =>
  ((bits[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0;

/** target &= other. */
export function andInto(target: Bitset, other: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) & (other[w] ?? 0);
}

/** target |= other. */
export function orInto(target: Bitset, other: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) | (other[w] ?? 0);
}

/** Sets the bits of every doc in a sorted or unsorted posting list. */
export function setPostings(target: Bitset, postings: Int32Array, length = postings.length): void {
  for (let i = 0; i < length; i++) {
    const doc = postings[i] ?? 0;
    const w = doc >>> 5;
    target[w] = (target[w] ?? 0) | (1 << (doc & 31));
  }
}

/** Population count of one 32-bit word (SWAR). */
export function popcount32(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Number of set bits. */
export function cardinality(bits: Bitset): number {
  let total = 0;
  for (let w = 0; w < bits.length; w++) total += popcount32(bits[w] ?? 0);
  return total;
}

/**
 * Writes the set bits' docs into `into` in ascending order (it must hold `cardinality(bits)`),
 * with no call per doc: a search lists tens of thousands of docs on each keystroke of a slow
 * phone.
 */
export function docsOf(bits: Bitset, into: Int32Array): void {
  let next = 0;
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] ?? 0;
    while (word !== 0) {
      const lowest = word & -word;
      into[next++] = (w << 5) | (31 - Math.clz32(lowest));
      word ^= lowest;
    }
  }
}
