/** An append-only Int32Array that doubles its capacity: the building block of every column. */
export class GrowableInt32 {
  data: Int32Array;
  length = 0;

  constructor(capacity = 8) {
    this.data = new Int32Array(capacity);
  }

  /** A full growable over `data` (shared, not copied). */
  static wrap(data: Int32Array): GrowableInt32 {
    const growable = new GrowableInt32(0);
    growable.data = data;
    growable.length = data.length;
    return growable;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(Math.max(4, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The last pushed value, or undefined when empty. */
  last(): number | undefined {
    return this.length > 0 ? this.data[this.length - 1] : undefined;
  }

  /** A view of the filled part (shares memory; valid until the next push). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
