import { describe, expect, it } from 'vitest';
import { decodePostingLists, encodePostingLists } from './postings';

const decodeAll = (data: string, count: number, limit: number) => {
  const out: number[][] = [];
  decodePostingLists(data, count, limit, 'test', (_index, docs, length) =>
    out.push([...docs.subarray(0, length)]),
  );
  return out;
};

describe('posting lists codec', () => {
  it('round-trips lists, sorting each', () => {
    const data = encodePostingLists([[2, 0], [1], [0, 1, 2], []]);
    expect(decodeAll(data, 4, 3)).toEqual([[0, 2], [1], [0, 1, 2], []]);
  });

  it('keeps large gaps (multi-byte varints) exact', () => {
    const data = encodePostingLists([[5, 200_000, 299_999]]);
    expect(decodeAll(data, 1, 300_000)).toEqual([[5, 200_000, 299_999]]);
  });

  it('refuses a damaged file instead of returning wrong articles', () => {
    const data = encodePostingLists([[0, 1]]);
    expect(() => decodeAll(data, 1, 1)).toThrow(/test: list 0 points at 1 of 1/);
    expect(() => decodeAll(btoa(String.fromCharCode(0x85)), 1, 9)).toThrow(/middle of a number/);
  });
});
