import { describe, expect, it } from 'vitest';
import { steppedQuoteId } from './quoteNavigation';

const quotes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('n / p quote navigation', () => {
  it('steps forward and back, wrapping at the ends', () => {
    expect(steppedQuoteId(quotes, 'a', 1)).toBe('b');
    expect(steppedQuoteId(quotes, 'c', 1)).toBe('a');
    expect(steppedQuoteId(quotes, 'a', -1)).toBe('c');
    expect(steppedQuoteId(quotes, 'b', -1)).toBe('a');
  });

  it('starts at the first (n) or last (p) quote when none is current', () => {
    expect(steppedQuoteId(quotes, null, 1)).toBe('a');
    expect(steppedQuoteId(quotes, null, -1)).toBe('c');
    expect(steppedQuoteId(quotes, 'gone', 1)).toBe('a');
    expect(steppedQuoteId([], null, 1)).toBeUndefined();
  });
});
