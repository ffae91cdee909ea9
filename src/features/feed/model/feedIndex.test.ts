import { describe, expect, it } from 'vitest';
import { FeedIndex } from './feedIndex';
import { SearchIndex } from './searchIndex';
import { feedState } from './feedState';
import { testRecord } from '../../../../tests/fixtures/indexRecords';

const POLITICS = 'medtop:11000000';
const SPORT = 'medtop:15000000';

const records = [
  testRecord({
    id: 'a',
    title: 'Election called in Wellington',
    published: '2026-03-01',
    about: ['NZ'],
    mentions: ['AU'],
    topics: [POLITICS],
    people: ['p-ardern'],
    quoteCount: 2,
  }),
  testRecord({
    id: 'b',
    title: 'Tokyo marathon results',
    published: '2026-03-03',
    about: ['JP'],
    topics: [SPORT],
    source: 'sports-desk',
    quoteCount: 5,
  }),
  testRecord({
    id: 'c',
    title: 'Trade talks between Japan and New Zealand',
    published: '2026-03-02',
    about: ['JP', 'NZ'],
    topics: [POLITICS],
    excerpt: 'Ministers met in Tokyo.',
  }),
];
const people = [{ id: 'p-ardern', name: 'Jacinda Ardern' }];
const ids = (index: FeedIndex, docs: Int32Array) => Array.from(docs, (doc) => index.record(doc).id);
const countOf = (index: FeedIndex, counts: Uint32Array, facet: 'country', value: string) =>
  counts[index.values(facet).indexOf(value)];

describe('FeedIndex', () => {
  const index = new FeedIndex({ people });
  index.attachSearch(new SearchIndex());
  index.add(records);

  it('lists everything newest first by default, or most quoted first', () => {
    expect(ids(index, index.query(feedState()).docs)).toEqual(['b', 'c', 'a']);
    expect(ids(index, index.query(feedState({ sort: 'quoted' })).docs)).toEqual(['b', 'a', 'c']);
  });

  it('ORs values within a facet and ANDs across facets', () => {
    expect(ids(index, index.query(feedState({ country: ['JP', 'NZ'] })).docs)).toEqual([
      'b',
      'c',
      'a',
    ]);
    const both = index.query(feedState({ country: ['JP'], topic: [POLITICS] }));
    expect(ids(index, both.docs)).toEqual(['c']);
    expect(both.total).toBe(1);
  });

  it('counts each value as if it were added to the selection', () => {
    const result = index.query(feedState({ country: ['JP'] }));
    // country counts ignore the country selection itself
    expect(countOf(index, result.counts.country, 'country', 'NZ')).toBe(2);
    expect(countOf(index, result.counts.country, 'country', 'AU')).toBe(0);
    const topicCounts = Object.fromEntries(
      index.values('topic').map((code, i) => [code, result.counts.topic[i]]),
    );
    expect(topicCounts).toEqual({ [POLITICS]: 1, [SPORT]: 1 });
  });

  it('matches countries only mentioned when asked to', () => {
    expect(index.query(feedState({ country: ['AU'] })).total).toBe(0);
    expect(index.query(feedState({ country: ['AU'], includeMentioned: true })).total).toBe(1);
  });

  it('searches titles, excerpts and speaker names by prefix and with one typo', () => {
    expect(ids(index, index.query(feedState({ q: 'tok' })).docs)).toEqual(['b', 'c']);
    const typo = index.query(feedState({ q: 'Ardenr' }));
    expect(ids(index, typo.docs)).toEqual(['a']);
    expect([...(typo.matchedTerms ?? [])]).toEqual(['ardern']);
    expect(ids(index, index.query(feedState({ q: 'tokyo trade' })).docs)).toEqual(['c']);
    expect(index.query(feedState({ q: '  ?! ' })).total).toBe(3);
  });

  it('accepts later shards and skips ids it already has', () => {
    const growing = new FeedIndex();
    growing.attachSearch(new SearchIndex());
    growing.add(records.slice(0, 1));
    expect(growing.query(feedState({ q: 'tokyo' })).total).toBe(0);
    growing.add(records);
    expect(growing.size).toBe(3);
    expect(growing.query(feedState({ q: 'tokyo' })).total).toBe(2);
  });

  it('can make articles searchable a slice at a time', () => {
    const sliced = new FeedIndex({ people });
    sliced.attachSearch(new SearchIndex());
    sliced.add(records);
    expect(sliced.prepareSearch(2)).toBe(false);
    expect(sliced.prepareSearch(2)).toBe(true);
    expect(sliced.query(feedState({ q: 'jacinda' })).total).toBe(1);
  });

  it('treats an unknown selected value as matching nothing', () => {
    expect(index.query(feedState({ person: ['nobody'] })).total).toBe(0);
    expect(index.query(feedState({ person: ['nobody', 'p-ardern'] })).total).toBe(1);
  });
});
