/*
 * Registers the service worker (vite.config.ts; the corpus copies: public/sw-runtime.js), and,
 * on a page it does not control, tells it which corpus files the page read. A reader's first
 * visit is such a page (clientsClaim is false, so that first visit behaves as without a worker);
 * without this, nothing read then was kept and an article read on the first visit did not open
 * offline. A plain script outside the app's bundle: the front page's JavaScript budget is tight.
 */
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No worker (the dev server has none): the app works online as it is.
    });
    if (navigator.serviceWorker.controller) return;
    const data = `${location.origin}/data/`;
    navigator.serviceWorker.ready.then((registration) => {
      // `buffered`: the files read before the worker was ready are reported too.
      new PerformanceObserver((list) => {
        const files = list
          .getEntries()
          .map((entry) => entry.name)
          .filter((name) => name.startsWith(data));
        if (files.length > 0) registration.active?.postMessage({ type: 'keep', files });
      }).observe({ type: 'resource', buffered: true });
    });
  });
}
