import { queryOptions } from '@tanstack/react-query';
import { entityFileSchema, type EntityFile } from '@/core/schema';
import { entityFilePath } from '@/core/corpus/paths';
import { fetchJson } from '../fetchJson';
import { isMissingFile, NotFoundError } from '../errors';

/** Corpus-wide people, organisations and places: one file each. */
export const entityQueries = {
  all: () => ['entities'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...entityQueries.all(), 'detail', id] as const,
      queryFn: async ({ signal }): Promise<EntityFile> => {
        try {
          return await fetchJson(entityFilePath(id), entityFileSchema, { signal });
        } catch (error) {
          if (isMissingFile(error))
            throw new NotFoundError(`There is no person, organisation or place "${id}".`);
          throw error;
        }
      },
      staleTime: Infinity,
    }),
};
