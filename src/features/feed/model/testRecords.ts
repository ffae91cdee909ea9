import type { IndexRecord } from '@/core/schema';

/** A valid index record for tests, with `changes` over neutral defaults. */
export function testRecord(changes: Partial<IndexRecord> & { id: string }): IndexRecord {
  return {
    title: '',
    published: '2026-01-01',
    source: 'daily-planet',
    about: [],
    mentions: [],
    topics: [],
    people: [],
    quoteCount: 0,
    excerpt: '',
    file: `articles/${changes.id}.json`,
    ...changes,
  };
}
