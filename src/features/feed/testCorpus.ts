import { QueryClient } from '@tanstack/react-query';
import { SCHEMA_VERSION, type IndexRecord, type Manifest } from '@/core/schema';
import { manifestQueries } from '@/lib/queries/manifestQueries';
import { shardQueries } from '@/lib/queries/shardQueries';
import { testRecord } from '../../../tests/fixtures/indexRecords';

/** A small corpus for component tests: three articles, two countries, two topics. */
export const TEST_RECORDS: IndexRecord[] = [
  testRecord({
    id: 'a-harbour',
    title: 'Harbour bridge reopens after repairs',
    excerpt: 'Ferries return to the bay as the bridge reopens.',
    published: '2026-03-03',
    source: 'daily-planet',
    about: ['JP'],
    topics: ['medtop:11000000'],
    people: ['p-aiko-sato'],
    quoteCount: 2,
  }),
  testRecord({
    id: 'b-budget',
    title: 'Budget vote delayed in Wellington',
    excerpt: 'Members asked for more time to read the bill.',
    published: '2026-03-02',
    source: 'southern-cross',
    about: ['NZ'],
    mentions: ['JP'],
    topics: ['medtop:04000000'],
    people: ['p-mere-tane'],
    quoteCount: 5,
  }),
  testRecord({
    id: 'c-rain',
    title: 'Heavy rain floods rice terraces',
    excerpt: 'Farmers count the cost of the storm.',
    published: '2026-03-01',
    source: 'daily-planet',
    about: ['JP'],
    topics: ['medtop:04000000', 'medtop:17000000'],
    people: [],
    quoteCount: 0,
  }),
];

export const TEST_MANIFEST: Manifest = {
  schemaVersion: SCHEMA_VERSION,
  builtAt: '2026-03-04T00:00:00.000Z',
  engineVersion: 'test',
  counts: { articles: 3, quotes: 7, entities: 2 },
  facets: {
    countries: [
      { code: 'JP', about: 2, mentions: 1 },
      { code: 'NZ', about: 1, mentions: 0 },
    ],
    topics: [],
    people: [
      { id: 'p-aiko-sato', name: 'Aiko Sato', count: 1 },
      { id: 'p-mere-tane', name: 'Mere Tane', count: 1 },
    ],
    sources: [
      { id: 'daily-planet', name: 'The Daily Planet', count: 2 },
      { id: 'southern-cross', name: 'Southern Cross', count: 1 },
    ],
  },
  shards: [{ file: 'index/0.test.json', hash: 'test', count: 3 }],
};

/** A query client already holding the manifest and shard 0, as the route loader leaves it. */
export function seededQueryClient(records: IndexRecord[] = TEST_RECORDS): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // A fresh manifest object per client: the feed caches its index per manifest.
  client.setQueryData(manifestQueries.detail().queryKey, structuredClone(TEST_MANIFEST));
  client.setQueryData(shardQueries.detail(0).queryKey, {
    schemaVersion: SCHEMA_VERSION,
    shard: 0,
    records,
  });
  return client;
}
