import { queryOptions } from '@tanstack/react-query';
import { manifestSchema } from '@/core/schemaCorpus';
import { fetchJson } from '../fetchJson';

export const MANIFEST_FILE = 'manifest.json';

/** The small manifest: counts, facets and the list of index shards. */
export const manifestQueries = {
  all: () => ['manifest'] as const,
  detail: () =>
    queryOptions({
      queryKey: manifestQueries.all(),
      queryFn: ({ signal }) => fetchJson(MANIFEST_FILE, manifestSchema, { signal }),
      staleTime: Infinity,
    }),
};
