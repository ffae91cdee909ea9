/*
 * Imported into the service worker (vite.config.ts, workbox.importScripts): keeps copies of the
 * corpus files under /data/ so that every page a reader has opened opens again offline, by its
 * address, and the front page shows its cards.
 *
 * - On install, the data manifest and the files the front page and search need (the record pages
 *   named by manifest.pages, the facet doc sets and sort keys, the people facet, the list of search
 *   buckets and every bucket) are copied.
 * - A page this worker controls gets its corpus files from the network, and a copy is kept of
 *   each; when the network fails, from the copy. Content-hashed files (articles, record pages,
 *   facets, search buckets) come from the copy first (they never change). Nothing here asks
 *   navigator.onLine: it says "online" in a worker the browser has just restarted while offline,
 *   and on a network that only looks connected, and trusting it once left the front page without
 *   its cards.
 * - A page it does not control (a reader's first visit: clientsClaim is false) names the corpus
 *   files it read (public/register-sw.js) and the worker copies them, so that an article read on
 *   the first visit opens offline too. That page's requests go to the network untouched, as
 *   without a service worker.
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

/** The network's answer (a copy kept), else the copy; content-hashed files from the copy first. */
async function networkOrCopy(event, immutable) {
  const { request } = event;
  const cache = await caches.open(DATA_CACHE);
  const kept = await cache.match(request.url);
  if (kept && immutable) return kept;
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(cache.put(request.url, response.clone()));
    return response;
  } catch (error) {
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(copyIndex());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !KEPT.test(url.pathname)) return;
  event.respondWith(networkOrCopy(event, IMMUTABLE.test(url.pathname)));
});

/** { type: 'keep', files: [url…] } from a page this worker does not control: what it read. */
self.addEventListener('message', (event) => {
  const files =
    event.data?.type === 'keep' && Array.isArray(event.data.files) ? event.data.files : [];
  const urls = files
    .map((href) => new URL(String(href), self.location.origin))
    .filter((url) => url.origin === self.location.origin && KEPT.test(url.pathname));
  event.waitUntil(Promise.all(urls.map((url) => keepCopy(url.href, IMMUTABLE.test(url.pathname)))));
});
