// Tokens: names stay whole, possessives and sentence dots split off, numbers keep their separators.
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const texts = (text: string) => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('keeps a number with thousands separators whole', () => {
    expect(texts('About 40,000 people and 1,200.5 tonnes.')).toEqual([
      'About',
      '40,000',
      'people',
      'and',
      '1,200.5',
      'tonnes',
      '.',
    ]);
  });

  it('still splits a comma between numbers that is no separator', () => {
    expect(texts('Scores of 12,34 and 5, 6')).toEqual([
      'Scores',
      'of',
      '12',
      ',',
      '34',
      'and',
      '5',
      ',',
      '6',
    ]);
  });

  it('keeps names whole and splits a possessive', () => {
    expect(texts("Ji-won and O'Neill's U.S. trip")).toEqual([
      'Ji-won',
      'and',
      "O'Neill",
      "'s",
      'U.S.',
      'trip',
    ]);
  });
});
