import { startTransition, useEffect, useState } from 'react';
import type { FacetCounts } from '../model/corpusIndex';
import type { FeedView } from '../model/feedModel';
import { FACETS, type FeedState } from '../model/feedState';
import { sinceKeystroke } from './keystrokes';

/**
 * Typing must pause this long before the facet counts, the map and the topic chart follow the
 * search. Rendering them again for every letter cost about two thirds of a keystroke on a slow
 * phone (bench:browser: ~300 ms to ~100 ms); the list and its status follow every letter.
 */
export const COUNTS_PAUSE_MS = 250;

/** Whether `next` differs from `before` in its free text only. */
export function onlySearchDiffers(before: FeedState, next: FeedState): boolean {
  return (
    before.q !== next.q &&
    before.includeMentioned === next.includeMentioned &&
    before.sort === next.sort &&
    FACETS.every((facet) => before[facet].join('\n') === next[facet].join('\n'))
  );
}

interface Held {
  result: FeedView;
  state: FeedState;
}

/**
 * The facet counts to show for `result` (the answer to `state`): at once after a click, a file's
 * arrival or anything but typing; after a pause in typing when only the search changed.
 * `trailing` says the counts shown are still those of an earlier search.
 */
export function useTrailingCounts(
  result: FeedView,
  state: FeedState,
): { counts: FacetCounts; trailing: boolean } {
  const [held, setHeld] = useState<Held>({ result, state });
  const follow = held.result !== result && !onlySearchDiffers(held.state, state);
  // React's "adjust state while rendering": anything but typing shows its counts in this render.
  if (follow) setHeld({ result, state });
  const waiting = !follow && held.result !== result;
  useEffect(() => {
    if (!waiting) return undefined;
    // Each keystroke restarts the wait; the counts then render in a transition, which the next
    // keystroke may interrupt.
    let timer: ReturnType<typeof setTimeout>;
    const showWhenPaused = (): void => {
      // From the last keystroke, not this render: a slow keystroke's answer must not outlast
      // the pause and have the counts of the letter before render in the middle of it.
      const wait = COUNTS_PAUSE_MS - sinceKeystroke();
      if (wait > 0) timer = setTimeout(showWhenPaused, wait);
      else startTransition(() => setHeld({ result, state }));
    };
    timer = setTimeout(showWhenPaused, COUNTS_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [waiting, result, state]);
  const shown = follow ? result : held.result;
  return { counts: shown.counts, trailing: waiting };
}
