import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate, splitParagraphs } from './format';

describe('formatDate', () => {
  it('formats a date-only ISO string without shifting the day', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
  });

  it("says the same as the browser's en-GB formatter, without loading its locale tables", () => {
    for (const iso of ['2026-01-31', '2026-12-01T23:30:00Z', '1999-07-04']) {
      const utc = new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(formatDate(iso)).toBe(utc.format(new Date(iso)));
      const local = new Intl.DateTimeFormat('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      expect(formatLongDate(new Date(iso))).toBe(local.format(new Date(iso)));
    }
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
