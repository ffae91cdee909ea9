import { queryOptions } from '@tanstack/react-query';
import { searchBucketFileSchema, searchBucketsFileSchema } from '@/core/schemaFeedFiles';
import { DATA_ROOT, fetchJson } from '@/lib/fetchJson';
import { decodeBucket } from '../model/corpusSearch';

/** The corpus's search files (in the search chunk, with SearchFiles.tsx). */
export const searchQueries = {
  all: () => ['feed', 'search'] as const,
  /** The list of search buckets. */
  list: (file: string) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'list', file] as const,
      queryFn: ({ signal }) => fetchJson(file, searchBucketsFileSchema, { signal }),
      staleTime: Infinity,
    }),
  /** One search bucket, decoded. */
  bucket: (file: string, docs: number) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'bucket', file] as const,
      queryFn: async ({ signal }) =>
        decodeBucket(
          await fetchJson(file, searchBucketFileSchema, { signal }),
          docs,
          `${DATA_ROOT}${file}`,
        ),
      staleTime: Infinity,
    }),
  /** Buckets, each through its own query, settled together. */
  buckets: (files: readonly string[], docs: number) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'buckets', ...files] as const,
      queryFn: ({ client }) =>
        Promise.allSettled(
          files.map((file) => client.fetchQuery(searchQueries.bucket(file, docs))),
        ),
      staleTime: Infinity,
    }),
};
