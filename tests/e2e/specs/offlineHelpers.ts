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
 * Waits until the service worker has a copy of a corpus file under each of the folders. (Polled
 * here: page.waitForFunction does not poll an async predicate, it takes its first answer.)
 */
export async function waitForCopies(page: Page, folders: string[]): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const copied = await page.evaluate(async (wanted) => {
      const cache = await caches.open('broadsheet-data-v1');
      const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
      return wanted.every((folder) => kept.some((path) => path.startsWith(`/data/${folder}/`)));
    }, folders);
    if (copied) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the service worker kept no copy under ${folders.join(', ')}`);
}
