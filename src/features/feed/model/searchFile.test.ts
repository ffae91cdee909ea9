import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedIndex } from './feedIndex';
import { feedState } from './feedState';
import { serializedSearchSchema } from './searchCodec';
import { testRecord } from './testRecords';

const WORDS = ['ardern', 'election', 'elections', 'market', 'tokyo', 'trade', 'café', 'x'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((w) => w.join(' '));
const QUERIES = ['', 'ele', 'electoin', 'tokyo trade', 'cafe', 'zzz', 'a'];

describe('serialised search index', () => {
  it('answers like a freshly built one, also for articles that arrive after loading', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, excerpt: text }), { maxLength: 30 }),
        fc.nat(30),
        (bodies, split) => {
          const records = bodies.map((body, i) => testRecord({ ...body, id: `r${i}` }));
          const fresh = new FeedIndex();
          fresh.add(records);
          // The file covers only the first shard; the loader gets the records in two steps.
          const exporter = new FeedIndex();
          exporter.add(records.slice(0, split));
          const file = serializedSearchSchema.parse(
            JSON.parse(JSON.stringify(exporter.exportSearch())),
          );
          const loaded = new FeedIndex();
          loaded.add(records.slice(0, Math.ceil(split / 2)));
          loaded.loadSearch(file);
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

  it('rejects a file in another format', () => {
    expect(
      serializedSearchSchema.safeParse({ format: 'other', ids: [], terms: [], postings: '' })
        .success,
    ).toBe(false);
  });
});
