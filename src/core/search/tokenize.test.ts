import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenize, wordSpans } from './tokenize';

describe('tokenize', () => {
  it('lower-cases, drops diacritics and splits on anything but letters and digits', () => {
    expect(tokenize("Émilie Durand's 2026 café — Łódź")).toEqual([
      'emilie',
      'durand',
      's',
      '2026',
      'cafe',
      'łodz',
    ]);
    expect(tokenize('Cafe\u0301 au lait')).toEqual(['cafe', 'au', 'lait']);
    expect(normalizeWord('ARDERN')).toBe('ardern');
  });

  it('finds the same words as the highlighter, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(tokenize(text)).toEqual(wordSpans(text).map((span) => span.term));
      }),
      { numRuns: 2000 },
    );
  });
});
