import { lazy, Suspense } from 'react';
import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { LoadingState } from '@/components/ui/LoadingState';
import { isImportedId } from '@/lib/imported/ids';
import { importedQueries } from '@/lib/imported/queries';
import {
  aboutRoute,
  articleRoute,
  entityRoute,
  feedRoute,
  importRoute,
  importedPath,
  importedRoute,
} from '@/lib/routes';
import { manifestQueries } from '@/lib/queries/manifestQueries';
import { Layout } from './Layout';

// Error pages are a chunk of their own, loaded when a route fails: the first screen of every
// page needs none of their code.
const LazyRouteError = lazy(async () => ({ default: (await import('./RouteError')).RouteError }));

/** The error boundary of a route (RouteError), once its chunk is in. */
function RouteError({ what }: { what: string }) {
  return (
    <Suspense fallback={<LoadingState />}>
      <LazyRouteError what={what} />
    </Suspense>
  );
}

/** Reads a required route parameter; a route without it is a 404. */
function requireParam(params: LoaderFunctionArgs['params'], name: string): string {
  const value = params[name];
  if (!value) throw new Response('Not found', { status: 404 });
  return value;
}

/**
 * The routes. Loaders warm the query cache with the same queryOptions the pages read, so a page
 * renders with its data and a failed file lands in that route's error boundary. Query modules
 * other than the front page's are imported by their loaders: with them come their schemas,
 * which the front page's first JavaScript does not need.
 */
export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError what="Broadsheet" />,
      hydrateFallbackElement: <LoadingState />,
      children: [
        {
          path: feedRoute,
          errorElement: <RouteError what="the front page" />,
          loader: async () => {
            // The manifest holds the first records and the unfiltered counts: the first screen
            // needs nothing else.
            await queryClient.ensureQueryData(manifestQueries.detail());
            return null;
          },
          // Filters and search live in the query string: changing them needs no loader (the
          // manifest is in), so a click renders at once instead of after a loader round.
          shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
          lazy: async () => ({ Component: (await import('@/features/feed/FeedPage')).FeedPage }),
        },
        {
          path: articleRoute,
          errorElement: <RouteError what="this article" />,
          loader: async ({ params }) => {
            const id = requireParam(params, 'id');
            // Imported articles live in IndexedDB, not in the corpus: they are read at /import/:id.
            if (isImportedId(id)) return redirect(importedPath(id));
            const { articleQueries } = await import('@/lib/queries/articleQueries');
            await queryClient.ensureQueryData(articleQueries.detail(id));
            return null;
          },
          lazy: async () => ({
            Component: (await import('@/features/reader/ReaderPage')).ReaderPage,
          }),
        },
        {
          path: entityRoute,
          errorElement: <RouteError what="this page" />,
          loader: async ({ params }) => {
            const id = requireParam(params, 'id');
            const { entityQueries } = await import('@/lib/queries/entityQueries');
            await queryClient.ensureQueryData(entityQueries.detail(id));
            return null;
          },
          lazy: async () => ({
            Component: (await import('@/features/entities/EntityPage')).EntityPage,
          }),
        },
        {
          path: importRoute,
          errorElement: <RouteError what="the import page" />,
          lazy: async () => ({
            Component: (await import('@/features/import/ImportPage')).ImportPage,
          }),
        },
        {
          path: importedRoute,
          errorElement: <RouteError what="this imported article" />,
          loader: async ({ params }) => {
            const id = requireParam(params, 'id');
            await queryClient.ensureQueryData(importedQueries.detail(id));
            return null;
          },
          lazy: async () => ({
            Component: (await import('./ImportedArticlePage')).ImportedArticlePage,
          }),
        },
        {
          path: aboutRoute,
          errorElement: <RouteError what="the about page" />,
          lazy: async () => ({ Component: (await import('./AboutPage')).AboutPage }),
        },
        {
          path: '*',
          errorElement: <RouteError what="this page" />,
          lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }),
        },
      ],
    },
  ]);
}
