/** A file that failed to load, with a way to ask again. */
export interface LoadFailure {
  key: string;
  message: string;
  retry: () => void;
}

const messageOf = (reason: unknown): string =>
  reason instanceof Error ? reason.message : String(reason);

/**
 * Hands each file of a settled set (feedQueries.columns, pages, searchBuckets) that arrived to
 * `use`, and returns the ones that failed, each retried by asking for the set again (the files
 * that arrived come from the cache).
 */
export function settle<T>(
  prefix: string,
  query: {
    data?: PromiseSettledResult<T>[];
    error: Error | null;
    refetch: () => unknown;
  },
  use: (value: T, index: number) => void,
): LoadFailure[] {
  const retry = () => void query.refetch();
  if (query.error) return [{ key: prefix, message: query.error.message, retry }];
  const failures: LoadFailure[] = [];
  query.data?.forEach((settled, index) => {
    if (settled.status === 'fulfilled') use(settled.value, index);
    else failures.push({ key: `${prefix}-${index}`, message: messageOf(settled.reason), retry });
  });
  return failures;
}
