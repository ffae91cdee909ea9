import { type Bitset, emptyBitset, setPostings } from './bitset';
import { GrowableInt32 } from './growable';

/** Facet values in first-seen order; value ids are dense so counts fit in a typed array. */
export class ValueDictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `value`, adding it when new. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }
}

/**
 * One facet as two compact columns: an inverted list per value (value -> sorted doc numbers,
 * to build selection bitsets) and a forward list per doc (doc -> value ids, CSR layout, to
 * count values over any set of docs in one pass).
 */
export class FacetColumn {
  private readonly postings: GrowableInt32[] = [];
  /** Docs of value `id`, ascending (a view: do not keep it across addDoc). */
  docsOf(id: number): Int32Array {
    return this.postings[id]?.view() ?? new Int32Array(0);
  }

  private readonly docStart = new GrowableInt32();
  private readonly docValues = new GrowableInt32();

  constructor(readonly dictionary: ValueDictionary = new ValueDictionary()) {
    this.docStart.push(0);
  }

  /**
   * A column of `docCount` docs from each value's ascending doc set (as the corpus's facet
   * files hold them), built in two passes over the postings; no doc can be added after.
   */
  static fromSets(
    docCount: number,
    sets: readonly { value: string; docs: Int32Array }[],
    dictionary = new ValueDictionary(),
  ): FacetColumn {
    const column = new FacetColumn(dictionary);
    const starts = new Int32Array(docCount + 1);
    for (const { docs } of sets)
      for (const doc of docs) starts[doc + 1] = (starts[doc + 1] ?? 0) + 1;
    for (let doc = 0; doc < docCount; doc++)
      starts[doc + 1] = (starts[doc + 1] ?? 0) + (starts[doc] ?? 0);
    const values = new Int32Array(starts[docCount] ?? 0);
    const fill = starts.slice(0, docCount);
    for (const { value, docs } of sets) {
      const id = dictionary.intern(value);
      column.postings[id] = GrowableInt32.wrap(docs);
      for (const doc of docs) values[(fill[doc] = (fill[doc] ?? 0) + 1) - 1] = id;
    }
    column.docStart.data = starts;
    column.docStart.length = starts.length;
    column.docValues.data = values;
    column.docValues.length = values.length;
    return column;
  }

  /** Number of docs added so far. */
  get docCount(): number {
    return this.docStart.length - 1;
  }

  /** Appends the next doc (docs must arrive in doc-number order) with its values. */
  addDoc(doc: number, values: readonly string[]): void {
    if (doc !== this.docCount)
      throw new Error(`FacetColumn: expected doc ${this.docCount}, got ${doc}`);
    for (const value of values) {
      const id = this.dictionary.intern(value);
      let list = this.postings[id];
      if (!list) {
        list = new GrowableInt32(4);
        this.postings[id] = list;
      }
      if (list.last() === doc) continue; // the same value twice in one record counts once
      list.push(doc);
      this.docValues.push(id);
    }
    this.docStart.push(this.docValues.length);
  }

  /** Docs having any of `selected` (OR), or null when nothing is selected. */
  selectionMask(selected: readonly string[], size: number): Bitset | null {
    if (selected.length === 0) return null;
    const mask = emptyBitset(size);
    for (const value of selected) {
      const id = this.dictionary.idOf(value);
      const list = id === undefined ? undefined : this.postings[id];
      if (list) setPostings(mask, list.data, list.length);
    }
    return mask;
  }

  /**
   * Counts, for every value, how many docs of `mask` carry it. `maskSize` is the number of set
   * bits; a mask holding every doc takes the posting lengths instead of a scan.
   */
  countOver(mask: Bitset, maskSize: number): Uint32Array {
    const counts = new Uint32Array(this.dictionary.values.length);
    const docCount = this.docCount;
    for (let id = 0; id < this.postings.length; id++) counts[id] = this.postings[id]?.length ?? 0;
    if (maskSize === docCount) return counts;
    // Walk whichever side is smaller: the docs in the mask (adding from zero), or the docs
    // outside it (taking away from each value's total), so a broad search costs as little as a
    // narrow one.
    const outside = maskSize > docCount / 2;
    if (!outside) counts.fill(0);
    const starts = this.docStart.data;
    const ids = this.docValues.data;
    for (let w = 0; w < mask.length; w++) {
      let word = mask[w] ?? 0;
      if (outside) {
        const valid = Math.min(32, docCount - (w << 5));
        word = ~word & (valid === 32 ? -1 : (1 << valid) - 1);
      }
      while (word !== 0) {
        const lowest = word & -word;
        const doc = (w << 5) | (31 - Math.clz32(lowest));
        word ^= lowest;
        const end = starts[doc + 1] ?? 0;
        for (let k = starts[doc] ?? 0; k < end; k++) {
          const id = ids[k] ?? 0;
          counts[id] = (counts[id] ?? 0) + (outside ? -1 : 1);
        }
      }
    }
    return counts;
  }
}
