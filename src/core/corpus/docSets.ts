/**
 * Sets of doc numbers (the articles of one facet value) in a Roaring-style form: docs are split
 * by their high 16 bits into containers, and each container is stored in whichever of three
 * forms is smallest — a list of gaps (sparse), a 65,536-bit bitmap (dense) or runs (long
 * stretches of consecutive docs). A value held by three articles costs a few bytes; one held by
 * half the corpus costs 8 KB per 65,536 articles.
 */
import { ByteReader, ByteWriter } from './varint';

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const BITMAP_BYTES = CHUNK / 8;
/** Container forms (one byte before each container's data). */
const Kind = { Gaps: 0, Bitmap: 1, Runs: 2 } as const;

const varintLength = (value: number): number =>
  value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;

/** Calls `visit(start, length)` for each stretch of consecutive docs in `docs[from..to)`. */
function forEachRun(
  docs: ArrayLike<number>,
  from: number,
  to: number,
  visit: (start: number, length: number) => void,
): void {
  for (let i = from; i < to;) {
    const start = (docs[i] ?? 0) & (CHUNK - 1);
    let end = i + 1;
    while (end < to && ((docs[end] ?? 0) & (CHUNK - 1)) === start + (end - i)) end++;
    visit(start, end - i);
    i = end;
  }
}

/** Writes the low 16 bits of `docs[from..to)` (one container, ascending) in its smallest form. */
function writeContainer(writer: ByteWriter, docs: ArrayLike<number>, from: number, to: number) {
  let gapBytes = varintLength(to - from);
  let previous = 0;
  for (let i = from; i < to; i++) {
    const low = (docs[i] ?? 0) & (CHUNK - 1);
    gapBytes += varintLength(low - previous);
    previous = low;
  }
  let runs = 0;
  let runBytes = 0;
  let runEnd = 0; // one past the last doc of the previous run
  forEachRun(docs, from, to, (start, length) => {
    runs++;
    runBytes += varintLength(start - runEnd) + varintLength(length - 1);
    runEnd = start + length;
  });
  runBytes += varintLength(runs);
  if (gapBytes <= runBytes && gapBytes <= BITMAP_BYTES) {
    writer.byte(Kind.Gaps);
    writer.varint(to - from);
    previous = 0;
    for (let i = from; i < to; i++) {
      const low = (docs[i] ?? 0) & (CHUNK - 1);
      writer.varint(low - previous);
      previous = low;
    }
  } else if (runBytes <= BITMAP_BYTES) {
    writer.byte(Kind.Runs);
    writer.varint(runs);
    runEnd = 0;
    forEachRun(docs, from, to, (start, length) => {
      writer.varint(start - runEnd);
      writer.varint(length - 1);
      runEnd = start + length;
    });
  } else {
    writer.byte(Kind.Bitmap);
    const bitmap = new Uint8Array(BITMAP_BYTES);
    for (let i = from; i < to; i++) {
      const low = (docs[i] ?? 0) & (CHUNK - 1);
      bitmap[low >>> 3] = (bitmap[low >>> 3] ?? 0) | (1 << (low & 7));
    }
    writer.raw(bitmap);
  }
}

/** base64 of every set in order; each set must be ascending with no repeats. */
export function encodeDocSets(sets: readonly ArrayLike<number>[]): string {
  const writer = new ByteWriter();
  for (const docs of sets) {
    const bounds: number[] = [];
    for (let i = 0; i < docs.length; i++) {
      if (i === 0 || (docs[i] ?? 0) >>> CHUNK_BITS !== (docs[i - 1] ?? 0) >>> CHUNK_BITS)
        bounds.push(i);
    }
    bounds.push(docs.length);
    writer.varint(bounds.length - 1);
    for (let b = 0; b + 1 < bounds.length; b++) {
      const from = bounds[b] ?? 0;
      writer.varint((docs[from] ?? 0) >>> CHUNK_BITS);
      writeContainer(writer, docs, from, bounds[b + 1] ?? 0);
    }
  }
  return writer.base64();
}

/**
 * Calls `onSet(index, docs, length)` for each of `count` sets, in order, docs ascending (`docs`
 * is reused between calls: copy what you keep). Throws, naming `what`, on data that ends early,
 * an unknown container or a doc at `limit` or beyond.
 */
export function decodeDocSets(
  data: string,
  count: number,
  limit: number,
  what: string,
  onSet: (index: number, docs: Int32Array, length: number) => void,
): void {
  const reader = new ByteReader(data, what);
  let docs = new Int32Array(1024);
  let length = 0;
  const push = (doc: number) => {
    if (doc >= limit) throw new Error(`${what}: a set holds doc ${doc} of ${limit}`);
    if (length === docs.length) {
      const bigger = new Int32Array(docs.length * 2);
      bigger.set(docs);
      docs = bigger;
    }
    docs[length++] = doc;
  };
  for (let index = 0; index < count; index++) {
    length = 0;
    for (let containers = reader.varint(); containers > 0; containers--) {
      const base = reader.varint() * CHUNK;
      const kind = reader.byte();
      if (kind === Kind.Gaps) {
        let low = 0;
        for (let n = reader.varint(); n > 0; n--) push(base + (low += reader.varint()));
      } else if (kind === Kind.Runs) {
        let end = 0;
        for (let n = reader.varint(); n > 0; n--) {
          const start = end + reader.varint();
          end = start + reader.varint() + 1;
          for (let low = start; low < end; low++) push(base + low);
        }
      } else if (kind === Kind.Bitmap) {
        const bitmap = reader.view(BITMAP_BYTES);
        for (let byte = 0; byte < BITMAP_BYTES; byte++) {
          let bits = bitmap[byte] ?? 0;
          while (bits !== 0) {
            const lowest = bits & -bits;
            push(base + byte * 8 + (31 - Math.clz32(lowest)));
            bits ^= lowest;
          }
        }
      } else {
        throw new Error(`${what}: unknown container kind ${kind}`);
      }
    }
    onSet(index, docs, length);
  }
  if (!reader.done) throw new Error(`${what}: data left over after ${count} sets`);
}
