import { queryClient } from '@/lib/queryClient';
import { createRouter, type AppRouter } from './router';

/**
 * The router, once its first navigation is done (the page's loader has its data and its lazy
 * module is in). Rendering only then makes React's first commit the page itself, not a loading
 * placeholder that a second render replaces: on a slow phone one render and paint fewer before
 * the first cards.
 */
export function startRouter(): Promise<AppRouter> {
  const router = createRouter(queryClient);
  if (router.state.initialized) return Promise.resolve(router);
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve(router);
    });
  });
}
