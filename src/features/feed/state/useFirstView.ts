import { useEffect, useState } from 'react';

/**
 * True once the first cards have been painted and the browser has a moment to spare: the cue to
 * load what the first screen does not need (the map, the facet files a click will need). Until
 * then nothing competes with the first cards for the network or the main thread. Readers who
 * asked to save data (`navigator.connection.saveData`) get nothing ahead of need.
 */
export function useFirstView(shown: boolean): { done: boolean; prefetch: boolean } {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!shown || done) return undefined;
    let idle = 0;
    // Two frames: the cards are painted, not just committed.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (typeof window.requestIdleCallback === 'function') {
          idle = window.requestIdleCallback(() => setDone(true), { timeout: 1500 });
        } else {
          idle = window.setTimeout(() => setDone(true), 50);
        }
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      window.clearTimeout(idle);
    };
  }, [shown, done]);
  const saveData =
    typeof navigator !== 'undefined' &&
    (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData ===
      true;
  return { done, prefetch: done && !saveData };
}
