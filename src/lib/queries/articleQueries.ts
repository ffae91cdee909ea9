import { queryOptions } from '@tanstack/react-query';
import { annotatedArticleSchema, articleLookupSchema, type AnnotatedArticle } from '@/core/schema';
import { articleLookupPath } from '@/core/corpus/paths';
import { fetchJson } from '../fetchJson';
import { isMissingFile, NotFoundError } from '../errors';

/** Full annotated articles, found by id through the bucketed lookup files. */
export const articleQueries = {
  all: () => ['articles'] as const,
  lookup: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'lookup', articleLookupPath(id)] as const,
      queryFn: ({ signal }) => fetchJson(articleLookupPath(id), articleLookupSchema, { signal }),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), 'detail', id] as const,
      queryFn: async ({ client, signal }): Promise<AnnotatedArticle> => {
        let files: Record<string, string>;
        try {
          files = (await client.ensureQueryData(articleQueries.lookup(id))).files;
        } catch (error) {
          // The ingest writes only buckets that hold articles: a missing bucket means no such id.
          if (isMissingFile(error)) throw new NotFoundError(`There is no article "${id}".`);
          throw error;
        }
        const file = files[id];
        if (!file) throw new NotFoundError(`There is no article "${id}".`);
        return fetchJson(file, annotatedArticleSchema, { signal });
      },
      staleTime: Infinity,
    }),
};
