/*
 * Imported into the service worker (vite.config.ts, workbox.importScripts): keeps copies of the
 * corpus files under /data/ so that the app opens offline with its index and any article read.
 *
 * - On install, the data manifest and the files the front page and search need (index pages,
 *   facet doc sets and sort keys, people facet, every search bucket) are copied.
 * - Online, the page's own request goes to the network untouched (this worker never answers it,
 *   so the app, and tools that intercept page requests, see every request as without a service
 *   worker) and the worker refreshes its copy by fetching the same address itself.
 * - Offline, it answers from the copies, falling back to the network, which then fails as it
 *   would without a worker.
 */
const DATA_CACHE = 'broadsheet-data-v1';
const KEPT = /^\/data\//;
/** Content-hashed files: one copy is good for ever. */
const IMMUTABLE = /^\/data\/(articles|index|search|facets)\//;
const JSON_HEADERS = { headers: { Accept: 'application/json' } };

async function keepCopy(href, immutable) {
  try {
    const cache = await caches.open(DATA_CACHE);
    if (immutable && (await cache.match(href))) return;
    const response = await fetch(href, JSON_HEADERS);
    if (response.ok) await cache.put(href, response);
  } catch {
    // Offline or refused: there is nothing to keep.
  }
}

/** The bucket files named by the search's list of buckets (none when it cannot be read). */
async function searchBuckets(list) {
  if (typeof list !== 'string') return [];
  try {
    const response = await fetch(new URL(`/data/${list}`, self.location.origin).href, JSON_HEADERS);
    return response.ok ? ((await response.json()).buckets ?? []).map((bucket) => bucket.file) : [];
  } catch {
    return [];
  }
}

/** Copies the data manifest and the files it names for the front page and search. */
async function copyIndex() {
  try {
    const manifestUrl = new URL('/data/manifest.json', self.location.origin).href;
    const response = await fetch(manifestUrl, JSON_HEADERS);
    if (!response.ok) return;
    const manifest = await response.clone().json();
    await (await caches.open(DATA_CACHE)).put(manifestUrl, response);
    const pages = manifest.pages ?? { count: 0 };
    const feed = manifest.feed ?? {};
    const files = [
      ...Array.from({ length: pages.count }, (_, n) => `${pages.dir}/${n}.json`),
      ...(feed.columns ?? []).map((column) => column.file),
      feed.keys?.file,
      manifest.facetFiles?.people?.file,
      // Every search bucket: offline, the feed searches whole texts as it does online.
      feed.search?.file,
      ...(await searchBuckets(feed.search?.file)),
    ].filter((file) => typeof file === 'string');
    await Promise.all(
      files.map((file) => keepCopy(new URL(`/data/${file}`, self.location.origin).href, true)),
    );
  } catch {
    // No corpus yet, or a malformed manifest: the app reports that itself when online.
  }
}

async function fromCopies(request) {
  const cache = await caches.open(DATA_CACHE);
  return (await cache.match(request.url)) ?? fetch(request);
}

self.addEventListener('install', (event) => {
  event.waitUntil(copyIndex());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !KEPT.test(url.pathname)) return;
  if (self.navigator.onLine) {
    event.waitUntil(keepCopy(url.href, IMMUTABLE.test(url.pathname)));
  } else {
    event.respondWith(fromCopies(request));
  }
});
