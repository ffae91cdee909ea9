/*
 * Imported into the service worker (vite.config.ts, workbox.importScripts): keeps copies of the
 * corpus files a reader opened (articles, lookup buckets, entity pages) so they open offline.
 *
 * Online, the page's own request goes to the network untouched (this worker never answers it, so
 * the app and tools that intercept page requests see every request as without a service worker)
 * and the worker keeps a copy by fetching the same address itself. Offline, it answers from the
 * copies, falling back to the network (which then fails as it would without a worker).
 */
const DATA_CACHE = 'broadsheet-data-v1';
const KEPT = /^\/data\/(articles|lookup|entities)\//;
/** Article files are content-hashed: one copy is good for ever. */
const IMMUTABLE = /^\/data\/articles\//;

async function keepCopy(href, immutable) {
  try {
    const cache = await caches.open(DATA_CACHE);
    if (immutable && (await cache.match(href))) return;
    const response = await fetch(href, { headers: { Accept: 'application/json' } });
    if (response.ok) await cache.put(href, response);
  } catch {
    // Offline or refused: there is nothing to keep.
  }
}

async function fromCopies(request) {
  const cache = await caches.open(DATA_CACHE);
  return (await cache.match(request.url)) ?? fetch(request);
}

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
