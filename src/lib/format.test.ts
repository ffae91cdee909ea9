import { describe, expect, it } from 'vitest';
import { formatDate, splitParagraphs } from './format';

describe('formatDate', () => {
  it('formats a date-only ISO string without shifting the day', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
  });

  it('returns an empty string for unknown or invalid dates', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('splitParagraphs', () => {
  it('splits on runs of newlines and drops blank paragraphs', () => {
    expect(splitParagraphs('One.\nTwo.\n\n\nThree.\n')).toEqual(['One.', 'Two.', 'Three.']);
  });
});
