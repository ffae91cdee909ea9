import { queryOptions } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { DATA_ROOT, fetchJson } from '@/lib/fetchJson';
import { shardQueries } from '@/lib/queries/shardQueries';

const engine = () => import('../model/facetEngine');
// The files' schemas come with the files (fetched beside them), not in the page's first code.
const schemas = () => import('@/core/schemaFeedFiles');
type FeedFileSchemas = Awaited<ReturnType<typeof schemas>>;

/** A feed file, validated by its schema (which is loaded beside it). */
function feedFile<Schema extends z.ZodMiniType>(
  file: string,
  pick: (loaded: FeedFileSchemas) => Schema,
  signal: AbortSignal,
) {
  return fetchJson(file, schemas().then(pick), { signal });
}

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
      queryFn: ({ signal }) => feedFile(file, (loaded) => loaded.peopleFacetFileSchema, signal),
      staleTime: Infinity,
    }),
  /** One facet column: every value with its set of docs. */
  column: (file: string, docs: number) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'column', file] as const,
      queryFn: async ({ signal }) => {
        const [code, data] = await Promise.all([
          engine(),
          feedFile(file, (loaded) => loaded.facetSetsFileSchema, signal),
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
          feedFile(file, (loaded) => loaded.docKeysFileSchema, signal),
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
};
