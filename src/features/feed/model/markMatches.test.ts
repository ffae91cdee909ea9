import { describe, expect, it } from 'vitest';
import { markMatches } from './markMatches';

describe('markMatches', () => {
  it('marks words whose normalised form was matched, keeping the text as written', () => {
    expect(markMatches('Émilie met Ardern, twice.', new Set(['emilie', 'ardern']))).toEqual([
      { text: 'Émilie', marked: true },
      { text: ' met ', marked: false },
      { text: 'Ardern', marked: true },
      { text: ', twice.', marked: false },
    ]);
  });

  it('returns one plain run without terms', () => {
    expect(markMatches('Plain', null)).toEqual([{ text: 'Plain', marked: false }]);
    expect(markMatches('', new Set(['x']))).toEqual([]);
  });
});
