import { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import { buildFeedCorpus } from '@/core/corpus/feedCorpus';
import { SCHEMA_VERSION, type IndexRecord, type Manifest } from '@/core/schema';
import { manifestQueries } from '@/lib/queries/manifestQueries';
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

const PEOPLE = new Map([
  ['p-aiko-sato', 'Aiko Sato'],
  ['p-mere-tane', 'Mere Tane'],
]);

const SOURCES = new Map([
  ['daily-planet', 'The Daily Planet'],
  ['southern-cross', 'Southern Cross'],
]);

/** Words only in an article's body (on no card), as the ingest's full-text index holds them. */
export const TEST_BODIES: Record<string, string> = {
  'a-harbour': 'Steel girders were lifted into place overnight.',
};

/**
 * The test corpus as the ingest would write it: the manifest and every file it names (record
 * pages of two, doc sets, sort keys, search buckets), built with the same core functions.
 */
export function testCorpus(records: IndexRecord[] = TEST_RECORDS) {
  const corpus = buildFeedCorpus(
    records,
    records.map((record) => [
      record.title,
      record.excerpt,
      TEST_BODIES[record.id] ?? '',
      ...record.people.map((id) => PEOPLE.get(id) ?? ''),
    ]),
    () => 'test',
    { pageSize: 2, headSize: 1 },
  );
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    builtAt: '2026-03-04T00:00:00.000Z',
    engineVersion: 'test',
    counts: { articles: records.length, quotes: 7, entities: 2 },
    facets: facetsOf(records),
    pages: corpus.pages,
    feed: corpus.feed,
  };
  return { manifest, files: corpus.files };
}

/** The manifest's unfiltered counts of `records`, as the ingest writes them. */
function facetsOf(records: readonly IndexRecord[]): Manifest['facets'] {
  const tally = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts];
  };
  const about = new Map(tally(records.flatMap((record) => record.about)));
  const mentions = new Map(tally(records.flatMap((record) => record.mentions)));
  return {
    countries: [...new Set([...about.keys(), ...mentions.keys()])].map((code) => ({
      code,
      about: about.get(code) ?? 0,
      mentions: mentions.get(code) ?? 0,
    })),
    topics: tally(records.flatMap((record) => record.topics)).map(([code, count]) => ({
      code,
      label: code,
      count,
    })),
    people: tally(records.flatMap((record) => record.people)).map(([id, count]) => ({
      id,
      name: PEOPLE.get(id) ?? id,
      count,
    })),
    sources: tally(records.map((record) => record.source)).map(([id, count]) => ({
      id,
      name: SOURCES.get(id) ?? id,
      count,
    })),
  };
}

/** A fetch that serves `files` under /data/ (anything else: 404), for stubbing the global. */
export function serveFiles(files: ReadonlyMap<string, unknown>): typeof fetch {
  return async (input) => {
    const path = String(input instanceof Request ? input.url : input).replace(/^.*?\/data\//, '');
    const file = files.get(path);
    return file === undefined
      ? new Response('not found', { status: 404 })
      : Response.json(structuredClone(file));
  };
}

/**
 * A query client already holding the manifest, as the route loader leaves it, with `fetch`
 * stubbed to serve the corpus's files (`serve` may change what is served).
 */
export function seededQueryClient(
  records: IndexRecord[] = TEST_RECORDS,
  serve: (files: Map<string, unknown>) => typeof fetch = serveFiles,
): QueryClient {
  const { manifest, files } = testCorpus(records);
  vi.stubGlobal('fetch', vi.fn(serve(files)));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(manifestQueries.detail().queryKey, manifest);
  return client;
}
