import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import {
  UNSAFE_DataRouterStateContext as DataRouterStateContext,
  useSearchParams,
} from 'react-router-dom';
import { whenIdle } from './whenIdle';
import type { FeedState } from '../model/feedState';
import { FEED_PARAMS, parseFeedParams, serializeFeedParams } from '../model/urlState';

/**
 * Typing writes the URL once the reader pauses this long (and the page is idle). A navigation
 * per keystroke (the history entry rewritten, the route matched and rendered again) cost more
 * than the search it carried on a slow phone (about 50 ms of a keystroke's main thread at 4x
 * CPU slowdown); the list follows every keystroke from the typed state regardless.
 */
export const URL_WRITE_PAUSE_MS = 300;

export interface FeedStateUpdate {
  /** Replace the current history entry instead of adding one (typing in the search box). */
  replace?: boolean;
  /**
   * Write the URL once the reader pauses (URL_WRITE_PAUSE_MS) instead of at once: typing. The
   * new state shows at once either way.
   */
  whenPaused?: boolean;
}

interface PendingWrite {
  cancel: () => void;
  replace: boolean;
}

/**
 * Runs `write` once the frame that shows a click is painted: the navigation (history entry,
 * route matching, about 50 ms of a slow phone's main thread) is not part of the click's next
 * paint. Gives a function that cancels.
 */
function afterPaint(write: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(write, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `write` once the reader has paused URL_WRITE_PAUSE_MS and the page is idle (the answer
 * to the last keystroke painted: the navigation never delays it); gives a function that cancels.
 */
function afterPause(write: () => void): () => void {
  let cancelIdle: (() => void) | undefined;
  const timer = setTimeout(() => {
    cancelIdle = whenIdle(write, 1000);
  }, URL_WRITE_PAUSE_MS);
  return () => {
    clearTimeout(timer);
    cancelIdle?.();
  };
}

/**
 * The URL is the feed's state: read it with parseFeedParams, write it with serializeFeedParams.
 * Every change is a navigation, made after the change is painted (typing: once the reader
 * pauses), so back/forward and reload reproduce the view. Until the navigation lands, the
 * requested state is shown.
 */
export function useFeedUrlState() {
  const [params, setParams] = useSearchParams();
  // The query string the page shows.
  const landedQuery = params.toString();
  const parsed = useMemo(() => parseFeedParams(params), [params]);
  const [requested, setRequested] = useState<FeedState | null>(null);
  // The query string of the last write: when an earlier write lands while the reader has typed
  // on, the typed state stays.
  const [written, setWritten] = useState<string | null>(null);
  // The router's state: a new object for every navigation that lands, even one that brings the
  // URL the page already shows (back pressed after a write reached the router but before the
  // page rendered it), which the params alone cannot tell. Outside a data router, the params.
  const routerState: unknown = useContext(DataRouterStateContext) ?? params;
  const [seenRouterState, setSeenRouterState] = useState(routerState);
  if (seenRouterState !== routerState) {
    setSeenRouterState(routerState);
    // Our state landed, or the URL moved from elsewhere (back/forward): the URL is the truth
    // again. An earlier write of ours landing under newer typing changes nothing.
    if (requested && (landedQuery !== written || urlOf(requested, params) === landedQuery))
      setRequested(null);
  }

  const pending = useRef<PendingWrite | null>(null);
  // The query of the last write made (in the write itself, not in a render), for the effect below.
  const lastWrite = useRef<string | null>(null);
  const cancelPending = useCallback(() => {
    pending.current?.cancel();
    pending.current = null;
  }, []);
  // The URL moved from elsewhere (back/forward): a write still waiting is no longer wanted. Not
  // when one of our own writes landed: a click made just after it, before the page showed it,
  // has a write of its own waiting, which must go ahead.
  useEffect(() => {
    if (landedQuery !== lastWrite.current) cancelPending();
  }, [landedQuery, cancelPending]);
  useEffect(() => cancelPending, [cancelPending]);

  const setState = useCallback(
    (next: FeedState, options: FeedStateUpdate = {}) => {
      const query = urlOf(next, params);
      // A write still waiting merges into this one, as the same history entry.
      const replace = pending.current?.replace ?? options.replace ?? false;
      cancelPending();
      if (query === landedQuery) {
        setRequested(null);
        return;
      }
      setRequested(next);
      const write = () => {
        pending.current = null;
        lastWrite.current = query;
        setWritten(query);
        // The navigation renders in a transition (no flushSync); the page shows the requested
        // state meanwhile.
        setParams(new URLSearchParams(query), { replace, preventScrollReset: true });
      };
      const schedule = options.whenPaused ? afterPause : afterPaint;
      pending.current = { cancel: schedule(write), replace };
    },
    [params, landedQuery, setParams, cancelPending],
  );

  const state = requested ?? parsed.state;
  // One object for one state, whichever side (requested or landed) holds it: the page's
  // answer is memoised on it, and a landed write must not compute the same answer again.
  const key = urlOf(state, params);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => state, [key]);
  return { state: stable, ignored: parsed.ignored, setState };
}

/** The query string for `state`, keeping the URL's parameters the feed does not own. */
function urlOf(state: FeedState, params: URLSearchParams): string {
  const written = serializeFeedParams(state);
  for (const [name, value] of params) if (!FEED_PARAMS.has(name)) written.append(name, value);
  return written.toString();
}
