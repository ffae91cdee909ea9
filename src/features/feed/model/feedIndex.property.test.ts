import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexRecord } from '@/core/schema';
import { FeedIndex } from './feedIndex';
import { SearchIndex } from './searchIndex';
import { FACETS, feedState, type FeedState } from './feedState';
import { referenceQuery } from './feedReference';
import { testRecord } from '../../../../tests/fixtures/indexRecords';

// Small value pools so random selections hit often; words include near-misses for the typo pass.
const COUNTRIES = ['JP', 'NZ', 'FR', 'US', 'AU'];
const TOPICS = ['medtop:11000000', 'medtop:15000000', 'medtop:04000000', 'medtop:06000000'];
const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5'];
const NAMES = new Map([
  ['p1', 'Jacinda Ardern'],
  ['p2', 'Fumio Kishida'],
  ['p3', 'Émilie Durand'],
]);
const SOURCES = ['s1', 's2', 's3'];
const WORDS = [
  'ardern',
  'ardenr',
  'election',
  'elections',
  'elect',
  'market',
  'markets',
  'tokyo',
  'trade',
  'a',
  'durand',
  'zz',
];
const DATES = ['2026-01-01', '2026-01-02', '2026-01-02T10:00:00Z', '', 'not a date'];

const subset = (pool: string[]) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 3 });
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' '));

const recordBody = fc.record({
  title: text,
  excerpt: text,
  published: fc.constantFrom(...DATES),
  source: fc.constantFrom(...SOURCES),
  about: subset(COUNTRIES),
  mentions: subset(COUNTRIES),
  topics: subset(TOPICS),
  people: subset(PEOPLE),
  quoteCount: fc.nat(4),
});

const queryText = fc
  .array(fc.constantFrom(...WORDS, 'ele', 'ardrn', 'mar', 'dur', 'emil', 'xyz', 'kish'), {
    maxLength: 2,
  })
  .map((w) => w.join(' '));

const state: fc.Arbitrary<FeedState> = fc
  .record({
    country: subset([...COUNTRIES, 'ZZ']),
    includeMentioned: fc.boolean(),
    topic: subset(TOPICS),
    person: subset(PEOPLE),
    source: subset(SOURCES),
    q: queryText,
    sort: fc.constantFrom('newest' as const, 'quoted' as const),
  })
  .map((changes) => feedState(changes));

function expectSameAsReference(index: FeedIndex, records: IndexRecord[], query: FeedState): void {
  const naive = referenceQuery(records, NAMES, query);
  const result = index.query(query);
  expect(Array.from(result.docs, (doc) => index.record(doc).id)).toEqual(naive.ids);
  expect(result.total).toBe(naive.ids.length);
  for (const facet of FACETS) {
    const values = index.values(facet);
    const counts = Object.fromEntries(values.map((value, i) => [value, result.counts[facet][i]]));
    const expected = Object.fromEntries(
      values.map((value) => [value, naive.counts[facet].get(value) ?? 0]),
    );
    expect(counts, facet).toEqual(expected);
    for (const value of naive.counts[facet].keys()) expect(values).toContain(value);
  }
  expect(result.matchedTerms && [...result.matchedTerms].sort()).toEqual(
    naive.matchedTerms && [...naive.matchedTerms].sort(),
  );
}

describe('FeedIndex against an independent reference (feedReference.ts)', () => {
  it('gives the same docs, order, counts and matched terms, shard by shard', () => {
    fc.assert(
      fc.property(
        fc.array(recordBody, { maxLength: 40 }),
        fc.nat(40),
        fc.array(state, { minLength: 1, maxLength: 4 }),
        (bodies, split, queries) => {
          const records = bodies.map((body, i) => testRecord({ ...body, id: `r${i}` }));
          const index = new FeedIndex({ people: [...NAMES].map(([id, name]) => ({ id, name })) });
          index.attachSearch(new SearchIndex());
          // First shard, query (which builds caches), then the rest: caches must not go stale.
          const first = records.slice(0, split);
          index.add(first);
          const [firstQuery, ...laterQueries] = queries;
          if (firstQuery) expectSameAsReference(index, first, firstQuery);
          index.add(records.slice(split));
          for (const query of [firstQuery, ...laterQueries])
            if (query) expectSameAsReference(index, records, query);
        },
      ),
      { numRuns: 300 },
    );
  });
});
