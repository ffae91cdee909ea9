/** Helpers for the offline specs: the service worker, its copies of corpus files. */
import type { CDPSession, Page } from 'playwright-core';

/** Waits until the service worker is installed: the app shell and the index are copied. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** DevTools' ServiceWorker domain, to stop workers (the next request starts a fresh one). */
export async function serviceWorkerControl(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return cdp;
}

/**
 * Waits until the service worker has a copy of every corpus file the page has read (its resource
 * timing entries under /data/). Every file, not one per folder: an article page reads a lookup
 * bucket and an entity page others, and the worker copies them in parallel, so "a lookup file is
 * kept" can be true before the article's own bucket is. (Polled here: page.waitForFunction does
 * not poll an async predicate, it takes its first answer.)
 */
export async function waitForCopiesOfWhatThePageRead(page: Page): Promise<void> {
  let missing: string[] = [];
  for (let tries = 0; tries < 120; tries++) {
    missing = await page.evaluate(async () => {
      const read = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith('/data/'))
        .map((url) => url.pathname);
      const cache = await caches.open('broadsheet-data-v1');
      const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
      return [...new Set(read)].filter((path) => !kept.has(path));
    });
    if (missing.length === 0) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the service worker kept no copy of ${missing.join(', ')}`);
}
