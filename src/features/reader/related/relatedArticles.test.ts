import { describe, expect, it } from 'vitest';
import type { IndexRecord } from '@/core/schema';
import { testRecord } from '../../../../tests/fixtures/indexRecords';
import { makeArticle, makeQuote } from '../highlight/testArticle';
import { neighbours } from './feedOrder';
import { relatedArticles } from './relatedArticles';

function record(id: string, fields: Partial<IndexRecord> = {}): IndexRecord {
  return testRecord({ id, title: `Title ${id}`, source: 'gazette', ...fields });
}

const BODY = 'Ana Lima said prices rose.';
const article = {
  ...makeArticle(BODY, [
    makeQuote('q1', { start: 14, end: 25 }, 'indirect', { name: 'Ana Lima', entityId: 'ana' }),
  ]),
  id: 'self',
  countries: [
    { code: 'BR', role: 'about' as const },
    { code: 'PT', role: 'mentions' as const },
  ],
  topics: [{ code: 'medtop:04000000', label: 'economy, business and finance', score: 0.8 }],
};

describe('related articles', () => {
  it('ranks shared speakers above shared countries above shared topics, skipping itself', () => {
    const records = [
      record('self', { people: ['ana'] }),
      record('topic', { topics: ['medtop:04000000'] }),
      record('person', { people: ['ana'] }),
      record('country', { about: ['BR'] }),
      record('unrelated', { about: ['JP'], topics: ['medtop:15000000'] }),
    ];
    const related = relatedArticles(article, records);
    expect(related.map((r) => r.record.id)).toEqual(['person', 'country', 'topic']);
    expect(related[0]?.reasons).toEqual(['Quotes ana']);
    expect(related[1]?.reasons).toEqual(['Also about Brazil']);
  });

  it('breaks ties by date, newest first, and respects the limit', () => {
    const records = [
      record('old', { about: ['BR'], published: '2025-01-01' }),
      record('new', { about: ['BR'], published: '2026-05-01' }),
    ];
    expect(relatedArticles(article, records, 1).map((r) => r.record.id)).toEqual(['new']);
  });

  it('finds the previous and next article in feed order', () => {
    const records = [record('a'), record('b'), record('c')];
    expect(neighbours('b', records)).toEqual({
      previous: { id: 'a', title: 'Title a' },
      next: { id: 'c', title: 'Title c' },
    });
    expect(neighbours('a', records).previous).toBeUndefined();
    expect(neighbours('zzz', records)).toEqual({ previous: undefined, next: undefined });
  });

  it("follows the feed's own order when it includes the article", () => {
    const records = [record('a'), record('b'), record('c')];
    expect(neighbours('b', records, ['c', 'b', 'x'])).toEqual({
      previous: { id: 'c', title: 'Title c' },
      next: { id: 'x', title: '' },
    });
    expect(neighbours('b', records, ['x', 'y']).next).toEqual({ id: 'c', title: 'Title c' });
  });
});
