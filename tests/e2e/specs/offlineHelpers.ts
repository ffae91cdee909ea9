/** Helpers for the offline specs: the service worker, its copies of corpus files. */
import type { CDPSession, Page } from 'playwright-core';

/** How long the service worker gets to install (precache the app shell, copy the index). */
const INSTALL_WAIT_MS = 20_000;

/**
 * Waits until the service worker is installed: the app shell and the index are copied. Gives up
 * after INSTALL_WAIT_MS, saying what the registration holds (`ready` alone waits for ever when
 * an install fails).
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  const ready = await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), ms)),
      ]),
    INSTALL_WAIT_MS,
  );
  if (ready) return;
  const states = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return 'no registration';
    const { installing, waiting, active } = registration;
    return `installing ${installing?.state}, waiting ${waiting?.state}, active ${active?.state}`;
  });
  throw new Error(`the service worker was not ready after ${INSTALL_WAIT_MS / 1000} s (${states})`);
}

/** A service worker version as DevTools' ServiceWorker domain reports it. */
interface WorkerVersion {
  versionId: string;
  runningStatus: string;
  status: string;
}

/** Stops service workers through DevTools, and says what state each one is in. */
export interface ServiceWorkerControl {
  /**
   * Stops every worker, as a browser stops an idle one, and waits until DevTools reports each
   * one stopped: a page loaded while the old worker is still stopping would start the next one
   * in the middle of that.
   */
  stop(): Promise<void>;
  /** Each worker version's running status and status, for a failure's message. */
  describe(): string;
}

/** DevTools' ServiceWorker domain, to stop workers (the next request starts a fresh one). */
export async function serviceWorkerControl(page: Page): Promise<ServiceWorkerControl> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const versions = new Map<string, WorkerVersion>();
  // Versions reported stopped since the last stop() began (a request may start one again after).
  const stopped = new Set<string>();
  let changed = () => {};
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const version of event.versions) {
      versions.set(version.versionId, version);
      if (version.runningStatus === 'stopped') stopped.add(version.versionId);
    }
    changed();
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      stopped.clear();
      for (const version of versions.values()) {
        if (version.runningStatus === 'stopped') stopped.add(version.versionId);
      }
      await cdp.send('ServiceWorker.stopAllWorkers');
      while ([...versions.keys()].some((id) => !stopped.has(id))) {
        await new Promise<void>((resolve) => (changed = resolve));
      }
    },
    describe: () =>
      [...versions.values()]
        .map(
          (version) => `version ${version.versionId} ${version.status}, ${version.runningStatus}`,
        )
        .join('; ') || 'no worker versions reported',
  };
}

/** What the page shows now: its address, its h1 and any alert, for a failure's message. */
export async function describePage(page: Page): Promise<string> {
  try {
    // No named functions inside: tsx compiles them with a helper the page does not have.
    const { url, state, h1, alerts, controlled } = await page.evaluate(() => ({
      url: location.href,
      state: document.readyState,
      h1: document.querySelector('h1')?.textContent?.trim() ?? null,
      alerts: [...document.querySelectorAll('[role="alert"]')].map((alert) =>
        (alert.textContent ?? '').trim().slice(0, 300),
      ),
      controlled: navigator.serviceWorker?.controller !== null,
    }));
    return `url ${url} (${state}); h1 ${JSON.stringify(h1)}; alerts ${JSON.stringify(alerts)}; controlled ${controlled}`;
  } catch (error) {
    return `(the page could not be read: ${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * Runs one step of a spec within `ms`; when it fails, the error names the step and what the page
 * showed (a test's timeout alone does not say which wait it was, nor whether the page showed an
 * error, and page.evaluate and DevTools calls have no timeout of their own).
 */
export async function step<T>(
  page: Page,
  name: string,
  action: () => Promise<T>,
  ms = 30_000,
  workers?: ServiceWorkerControl,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([action(), late]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const shown = `\n  the page: ${await describePage(page)}`;
    const states = workers ? `\n  the service workers: ${workers.describe()}` : '';
    throw new Error(`${name}: ${message}${shown}${states}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** How long the worker gets to copy what the page read, well within a test's 45 s. */
const COPY_WAIT_MS = 10_000;

/**
 * Waits until the service worker has a copy of every corpus file the page has read (its resource
 * timing entries under /data/). Every file, not one per folder: an article page reads a lookup
 * bucket and an entity page others, and the worker copies them in parallel, so "a lookup file is
 * kept" can be true before the article's own bucket is. (Polled here: page.waitForFunction does
 * not poll an async predicate, it takes its first answer.) Gives up after COPY_WAIT_MS, naming
 * the files with no copy and how the page's own request for each ended.
 */
export async function waitForCopiesOfWhatThePageRead(page: Page): Promise<void> {
  const deadline = Date.now() + COPY_WAIT_MS;
  let missing: string[] = [];
  for (;;) {
    missing = await page.evaluate(async () => {
      const read = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => 'responseStatus' in entry)
        .map((entry) => ({ entry, url: new URL(entry.name) }))
        .filter(({ url }) => url.origin === location.origin && url.pathname.startsWith('/data/'));
      const cache = await caches.open('broadsheet-data-v1');
      const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
      return read
        .filter(({ url }) => !kept.has(url.pathname))
        .map(
          ({ entry, url }) =>
            `${url.pathname} (status ${entry.responseStatus}, ${entry.initiatorType}, ` +
            `${Math.round(entry.duration)} ms, ${entry.encodedBodySize} bytes)`,
        );
    });
    if (missing.length === 0) return;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(100);
  }
  throw new Error(
    `the service worker kept no copy, after ${COPY_WAIT_MS / 1000} s, of ${missing.join(', ')}`,
  );
}
