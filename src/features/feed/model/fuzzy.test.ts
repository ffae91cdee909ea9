import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './fuzzy';

describe('withinOneEdit', () => {
  it.each([
    ['ardern', 'ardern', true],
    ['ardenr', 'ardern', true], // swapped neighbours
    ['ardrn', 'ardern', true], // missing letter
    ['arderns', 'ardern', true], // extra letter
    ['arxern', 'ardern', true], // substitution
    ['adrenr', 'ardern', false],
    ['ard', 'ardern', false],
  ])('%s ~ %s is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
