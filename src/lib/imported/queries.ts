import { queryOptions } from '@tanstack/react-query';

/**
 * Imported articles (IndexedDB). Invalidate `importedQueries.all()` after an import or a delete.
 * `list()` gives IndexRecord-shaped records under the "my-articles" source for the feed.
 * The store (IndexedDB, its schema) is imported when a query first runs, so the front page's
 * first render does not wait for code that only matters to readers who imported something.
 */
const store = () => import('./store');
// The feed's list has a module of its own (recordList.ts): the front page reads it on every visit.
const recordList = () => import('./recordList');

export const importedQueries = {
  all: () => ['imported'] as const,
  list: () =>
    queryOptions({
      queryKey: [...importedQueries.all(), 'list'] as const,
      queryFn: async () => (await recordList()).listImportedRecords(),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...importedQueries.all(), 'detail', id] as const,
      queryFn: async () => (await store()).getImportedArticle(id),
      staleTime: Infinity,
    }),
};
