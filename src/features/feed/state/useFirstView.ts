import { useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/**
 * True once the first cards are shown and the browser has a moment to spare: the cue to load
 * what the first screen does not need (the map, the facet files a click will need), so nothing
 * competes with the first cards for the network or the main thread. Readers who asked to save
 * data (`navigator.connection.saveData`) get no prefetching.
 */
export function useFirstView(shown: boolean): { done: boolean; prefetch: boolean } {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!shown || done) return undefined;
    // An idle callback runs after the frame that paints the cards.
    return whenIdle(() => setDone(true), 1500);
  }, [shown, done]);
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  return { done, prefetch: done && connection?.saveData !== true };
}
