import { describe, expect, it } from 'vitest';
import { cardinality, docsOf, emptyBitset, setBit } from './bitset';

describe('docsOf', () => {
  it('lists the set bits in ascending order, across words and at word edges', () => {
    const bits = emptyBitset(100);
    for (const doc of [99, 0, 31, 32, 63, 64, 5]) setBit(bits, doc);
    const docs = new Int32Array(cardinality(bits));
    docsOf(bits, docs);
    expect([...docs]).toEqual([0, 5, 31, 32, 63, 64, 99]);
  });

  it('writes nothing for an empty set', () => {
    const docs = new Int32Array(0);
    docsOf(emptyBitset(64), docs);
    expect(docs.length).toBe(0);
  });
});
