import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchIndexFileSchema, SCHEMA_VERSION } from '@/core/schema';
import { FeedIndex } from './feedIndex';
import { feedState } from './feedState';
import { exportSearch } from './exportSearch';
import { SearchIndex } from './searchIndex';
import { testRecord } from '../../../../tests/fixtures/indexRecords';

const WORDS = ['ardern', 'election', 'elections', 'market', 'tokyo', 'trade', 'café', 'x'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((w) => w.join(' '));
const QUERIES = ['', 'ele', 'electoin', 'tokyo trade', 'cafe', 'zzz', 'a'];

const withSearch = (): FeedIndex => {
  const index = new FeedIndex();
  index.attachSearch(new SearchIndex());
  return index;
};

describe('search files', () => {
  it('answer like an index built from the records, also for articles that arrive later', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, excerpt: text }), { maxLength: 30 }),
        fc.nat(30),
        (bodies, split) => {
          const records = bodies.map((body, i) => testRecord({ ...body, id: `r${i}` }));
          const fresh = withSearch();
          fresh.add(records);
          // The file covers only the first shard; the loader gets the records in two steps.
          const exporter = new FeedIndex();
          const exported = new SearchIndex();
          exporter.attachSearch(exported);
          exporter.add(records.slice(0, split));
          const file = searchIndexFileSchema.parse(
            JSON.parse(
              JSON.stringify({
                schemaVersion: SCHEMA_VERSION,
                format: 'broadsheet-search/1',
                fullText: true,
                ...exportSearch(exporter, exported),
              }),
            ),
          );
          const loaded = withSearch();
          loaded.add(records.slice(0, Math.ceil(split / 2)));
          loaded.addSearchFile(file);
          loaded.add(records.slice(Math.ceil(split / 2)));
          for (const q of QUERIES) {
            const expected = fresh.query(feedState({ q }));
            const actual = loaded.query(feedState({ q }));
            expect(Array.from(actual.docs)).toEqual(Array.from(expected.docs));
            expect(actual.matchedTerms && [...actual.matchedTerms].sort()).toEqual(
              expected.matchedTerms && [...expected.matchedTerms].sort(),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('are not applied until a search index is attached: the result says so', () => {
    const index = new FeedIndex();
    index.add([testRecord({ id: 'a', title: 'Tokyo trade' }), testRecord({ id: 'b' })]);
    const pending = index.query(feedState({ q: 'tokyo' }));
    expect(pending.searchPending).toBe(true);
    expect(pending.total).toBe(2);
    index.attachSearch(new SearchIndex());
    const answered = index.query(feedState({ q: 'tokyo' }));
    expect(answered.searchPending).toBe(false);
    expect(answered.total).toBe(1);
  });

  it('rejects a file in another format', () => {
    expect(
      searchIndexFileSchema.safeParse({
        schemaVersion: SCHEMA_VERSION,
        format: 'other',
        fullText: true,
        ids: [],
        terms: [],
        postings: '',
      }).success,
    ).toBe(false);
  });
});
