/**
 * Bytes for the compact corpus files (search postings, facet doc sets, sort keys): unsigned
 * LEB128 varints written into a growing buffer and carried in JSON as base64, so each file is
 * still validated with its zod schema and gzip squeezes what base64 adds.
 */

export class ByteWriter {
  private bytes = new Uint8Array(1 << 12);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  varint(value: number): void {
    this.reserve(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value & 0xff;
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
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

/** Reads what a ByteWriter wrote; every read past the end throws, naming `what` was read. */
export class ByteReader {
  private readonly bytes: Uint8Array;
  offset = 0;

  constructor(
    base64: string,
    private readonly what: string,
  ) {
    const text = atob(base64);
    this.bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[i] = text.charCodeAt(i);
  }

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; this.offset < this.bytes.length; shift += 7) {
      const byte = this.bytes[this.offset++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error(`${this.what}: the data ends in the middle of a number`);
  }

  byte(): number {
    if (this.offset >= this.bytes.length) throw new Error(`${this.what}: the data ends early`);
    return this.bytes[this.offset++] ?? 0;
  }

  /** A view of the next `length` bytes. */
  view(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length)
      throw new Error(`${this.what}: the data ends early`);
    const view = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return view;
  }
}

/** Zigzag: small signed numbers as small unsigned ones (0, -1, 1, -2 … -> 0, 1, 2, 3 …). */
export const zigzag = (value: number): number => (value < 0 ? -2 * value - 1 : 2 * value);
export const unzigzag = (value: number): number => (value % 2 === 1 ? -(value + 1) / 2 : value / 2);
