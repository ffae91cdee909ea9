import { queryOptions } from '@tanstack/react-query';
import { getImportedArticle, listImportedRecords } from './store';

/**
 * Imported articles (IndexedDB). Invalidate `importedQueries.all()` after an import or a delete.
 * `list()` gives IndexRecord-shaped records under the "my-articles" source for the feed.
 */
export const importedQueries = {
  all: () => ['imported'] as const,
  list: () =>
    queryOptions({
      queryKey: [...importedQueries.all(), 'list'] as const,
      queryFn: () => listImportedRecords(),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...importedQueries.all(), 'detail', id] as const,
      queryFn: () => getImportedArticle(id),
      staleTime: Infinity,
    }),
};
