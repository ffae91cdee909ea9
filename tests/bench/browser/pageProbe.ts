/**
 * Code injected into the page before its own scripts (addInitScript): it notes when the first
 * card is painted and what the facet panel showed at that moment, collects Event Timing entries
 * (interaction to next paint), and can watch for a condition frame by frame. Plain JavaScript
 * as a string: it runs in the page, not in Node.
 */
export const PROBE = `
(() => {
  const bench = (window.__bench = { firstCard: null, firstFacets: null, events: [], done: null, clickAt: null });
  const facets = () => {
    const groups = {};
    for (const fieldset of document.querySelectorAll('main aside fieldset')) {
      const title = fieldset.querySelector('legend')?.textContent?.trim() ?? '';
      groups[title] = [...fieldset.querySelectorAll('li')].map((li) => [
        li.querySelector('label')?.textContent?.trim() ?? '',
        Number(li.querySelector('[id$="-count"] [aria-hidden]')?.textContent ?? 'NaN'),
      ]);
    }
    return groups;
  };
  bench.facets = facets;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('main article h2')) return;
    observer.disconnect();
    // The frame that paints the card.
    requestAnimationFrame(() => {
      bench.firstCard = performance.now();
      bench.firstFacets = facets();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.interactionId)
        bench.events.push({ id: entry.interactionId, name: entry.name, start: entry.startTime, duration: entry.duration, processingStart: entry.processingStart, processingEnd: entry.processingEnd });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  addEventListener('pointerdown', (event) => (bench.clickAt = event.timeStamp), true);
  addEventListener('keydown', (event) => (bench.clickAt = event.timeStamp), true);
  /** Checks every frame whether the page shows what is expected; notes the time when it does. */
  bench.watch = (expected) => {
    bench.done = null;
    const matches = () => {
      const status = document.querySelector('main [role=status]')?.textContent ?? '';
      if (!status.startsWith(expected.status)) return false;
      const first = document.querySelector('main ol li article h2');
      if (expected.firstCard && !first) return false;
      // Reading the facet panel is work on the page's main thread, beside what is measured:
      // only when counts are expected.
      if (!expected.facets) return true;
      const shown = facets();
      for (const [group, counts] of Object.entries(expected.facets))
        for (const [label, count] of shown[group] ?? [])
          if ((counts[label] ?? 0) !== count) return false;
      return true;
    };
    const tick = () => (matches() ? (bench.done = performance.now()) : requestAnimationFrame(tick));
    tick();
  };
})();
`;
