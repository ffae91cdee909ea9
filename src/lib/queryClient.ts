import { QueryClient } from '@tanstack/react-query';

/** Corpus files are content-addressed or rebuilt only by the ingest: once fetched, they stay fresh. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // A missing or malformed file will not fix itself by asking again.
        retry: false,
      },
    },
  });
}

export const queryClient = createQueryClient();
