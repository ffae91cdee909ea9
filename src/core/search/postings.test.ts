import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from './postings';

const decodeAll = (data: ReturnType<typeof encodePostings>) => {
  const out = new Map<string, number[]>();
  decodePostings(data, (term, positions) => out.set(term, [...positions]));
  return out;
};

describe('postings codec', () => {
  it('round-trips terms and positions, with terms in code-unit order', () => {
    const postings = new Map([
      ['wheat', [2, 0]],
      ['harbour', [1]],
      ['zürich', [0, 1, 2]],
    ]);
    const data = encodePostings(['a', 'b', 'c'], postings);
    expect(data.terms).toEqual(['harbour', 'wheat', 'zürich']);
    expect(decodeAll(data)).toEqual(
      new Map([
        ['harbour', [1]],
        ['wheat', [0, 2]],
        ['zürich', [0, 1, 2]],
      ]),
    );
  });

  it('keeps large gaps (multi-byte varints) exact', () => {
    const ids = Array.from({ length: 300_000 }, (_, i) => `a${i}`);
    const data = encodePostings(ids, new Map([['rare', [5, 200_000, 299_999]]]));
    expect(decodeAll(data).get('rare')).toEqual([5, 200_000, 299_999]);
  });

  it('refuses a damaged file instead of returning wrong articles', () => {
    const data = encodePostings(['a', 'b'], new Map([['x', [0, 1]]]));
    expect(() => decodePostings({ ...data, ids: ['a'] }, () => undefined)).toThrow(
      /"x" points at article 1 of 1/,
    );
    expect(() =>
      decodePostings({ ...data, postings: btoa(String.fromCharCode(0x85)) }, () => undefined),
    ).toThrow(/middle of a number/);
  });
});
