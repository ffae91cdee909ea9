import { queryOptions } from '@tanstack/react-query';
import { peopleFacetFileSchema } from '@/core/schema';
import { fetchJson } from '@/lib/fetchJson';

/** Feed-only corpus files: the full list of quoted people (the manifest holds the top 500). */
export const feedQueries = {
  all: () => ['feed'] as const,
  people: (file: string) =>
    queryOptions({
      queryKey: [...feedQueries.all(), 'people', file] as const,
      queryFn: ({ signal }) => fetchJson(file, peopleFacetFileSchema, { signal }),
      staleTime: Infinity,
    }),
};
