import { describe, expect, it } from 'vitest';
import type { IndexRecord } from '@/core/schema';
import { filterByText } from './simpleSearch';

function record(id: string, title: string, excerpt: string): IndexRecord {
  return {
    id,
    title,
    excerpt,
    published: '2026-01-01',
    source: 'the-example',
    about: [],
    mentions: [],
    topics: [],
    people: [],
    quoteCount: 0,
    file: `articles/00/${id}.abc.json`,
  };
}

describe('filterByText', () => {
  const records = [
    record('a', 'Harbour bridge reopens', 'Ferries return to the bay.'),
    record('b', 'Library extends hours', 'Readers welcome the change.'),
  ];

  it('returns every record for an empty query', () => {
    expect(filterByText(records, '  ')).toHaveLength(2);
  });

  it('matches every word against title and excerpt, ignoring case', () => {
    expect(filterByText(records, 'FERRIES bridge').map((r) => r.id)).toEqual(['a']);
    expect(filterByText(records, 'bridge readers')).toEqual([]);
  });
});
