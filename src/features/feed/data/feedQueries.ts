import { queryOptions } from '@tanstack/react-query';
import {
  docKeysFileSchema,
  facetSetsFileSchema,
  peopleFacetFileSchema,
  searchBucketFileSchema,
  searchBucketsFileSchema,
} from '@/core/schema';
import { DATA_ROOT, fetchJson } from '@/lib/fetchJson';
import { shardQueries } from '@/lib/queries/shardQueries';

const engine = () => import('../model/facetEngine');

/**
 * The front page's corpus files beyond the manifest and the record pages (shardQueries): each
 * is fetched, validated and decoded into the form the model uses in its query function, so
 * decoding happens once, off the render, one file per task.
 */
export const feedQueries = {
  all: () => ['feed'] as const,
  /** Every quoted person with their count (the manifest holds the top 500). */
  people: (file: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'people', file] as const,
      queryFn: ({ signal }) => fetchJson(file, peopleFacetFileSchema, { signal }),
      staleTime: Infinity,
    }),
  /** One facet column: every value with its set of docs. */
  column: (file: string, docs: number) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'column', file] as const,
      queryFn: async ({ signal }) => {
        const [code, data] = await Promise.all([
          engine(),
          fetchJson(file, facetSetsFileSchema, { signal }),
        ]);
        return { engine: code, column: code.decodeFacetFile(data, docs, `${DATA_ROOT}${file}`) };
      },
      staleTime: Infinity,
    }),
  /**
   * Every facet column, each through its own query, settled together (the model needs all of
   * them to count): asking again fetches only the ones that failed.
   */
  columns: (files: readonly string[], docs: number) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'columns', ...files] as const,
      queryFn: ({ client }) =>
        Promise.allSettled(files.map((file) => client.fetchQuery(feedQueries.column(file, docs)))),
      staleTime: Infinity,
    }),
  /** Pages of records (`manifest.shards`), each through its own query, settled together. */
  pages: (pages: readonly number[]) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'pages', ...pages] as const,
      queryFn: ({ client }) =>
        Promise.allSettled(pages.map((page) => client.fetchQuery(shardQueries.detail(page)))),
      staleTime: Infinity,
    }),
  /** Quote counts and dates per doc. */
  keys: (file: string, docs: number) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'keys', file] as const,
      queryFn: async ({ signal }) => {
        const [code, data] = await Promise.all([
          engine(),
          fetchJson(file, docKeysFileSchema, { signal }),
        ]);
        return { engine: code, keys: code.decodeDocKeys(data, docs, `${DATA_ROOT}${file}`) };
      },
      staleTime: Infinity,
    }),
  /** The filtering code alone (for the reader's imported articles). */
  engine: () =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'engine'] as const,
      queryFn: engine,
      staleTime: Infinity,
    }),
  /** The world's shapes for the map, fetched and projected once per page (map/worldShapes.ts). */
  worldShapes: () =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'world-shapes'] as const,
      queryFn: async ({ signal }) => (await import('../map/worldShapes')).loadWorldShapes(signal),
      staleTime: Infinity,
    }),
  /** The search code (its own chunk) and the list of search buckets. */
  search: (file: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'search', file] as const,
      queryFn: async ({ signal }) => {
        const [code, list] = await Promise.all([
          import('../model/searchCode'),
          fetchJson(file, searchBucketsFileSchema, { signal }),
        ]);
        return { code, list };
      },
      staleTime: Infinity,
    }),
  /** Search buckets, each through its own query, settled together. */
  searchBuckets: (files: readonly string[], docs: number) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'search-buckets', ...files] as const,
      queryFn: ({ client }) =>
        Promise.allSettled(
          files.map((file) => client.fetchQuery(feedQueries.searchBucket(file, docs))),
        ),
      staleTime: Infinity,
    }),
  /** One search bucket, decoded. */
  searchBucket: (file: string, docs: number) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'search-bucket', file] as const,
      queryFn: async ({ signal }) => {
        const [{ decodeBucket }, bucket] = await Promise.all([
          import('../model/searchCode'),
          fetchJson(file, searchBucketFileSchema, { signal }),
        ]);
        return decodeBucket(bucket, docs, `${DATA_ROOT}${file}`);
      },
      staleTime: Infinity,
    }),
};
