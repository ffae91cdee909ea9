import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import {
  UNSAFE_DataRouterStateContext as DataRouterStateContext,
  useLocation,
  useNavigate,
  useSearchParams,
} from 'react-router-dom';
import type { FeedState } from '../model/feedState';
import { parseFeedParams, serializeFeedParams } from '../model/urlState';

/** Parameters the feed owns; any other parameter in the URL is kept as it is. */
const FEED_PARAMS = new Set(['country', 'mentioned', 'topic', 'person', 'source', 'q', 'sort']);

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

/** The last URL write made, from the requested state it carries. */
interface UrlWrite {
  query: string;
  request: FeedState;
  /** The router's state the page showed when the write was made. */
  from: unknown;
  /** The router has made the navigation (whether or not the page has rendered it). */
  landed: boolean;
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
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(write, { timeout: 1000 });
    else write();
  }, URL_WRITE_PAUSE_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/**
 * The URL is the feed's state: read it with parseFeedParams, write it with serializeFeedParams.
 * Every change is a navigation, made after the change is painted (typing: once the reader
 * pauses), so back/forward and reload reproduce the view. Until the navigation lands, the
 * requested state is shown.
 */
export function useFeedUrlState() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseFeedParams(params), [params]);
  const [requested, setRequested] = useState<FeedState | null>(null);
  // The last write: when an earlier write lands while the reader has typed on, the typed state
  // stays.
  const [lastWrite, setLastWrite] = useState<UrlWrite | null>(null);
  const written = lastWrite?.query ?? null;
  const [seenParsed, setSeenParsed] = useState(parsed);
  if (seenParsed !== parsed) {
    setSeenParsed(parsed);
    const landed = params.toString();
    // Our state landed, or the URL moved from elsewhere (back/forward): the URL is the truth
    // again. An earlier write of ours landing under newer typing changes nothing.
    if (requested && (landed !== written || urlOf(requested, params) === landed))
      setRequested(null);
  }
  // A new router state for every navigation that lands (the location alone outside a data
  // router). Back pressed after our write reached the router but before the page rendered it
  // brings the page the URL it already showed: the same params, so the check above never runs,
  // and the written state would stay for good. A later router state that is not the written URL,
  // once the router made the write, means the URL moved on.
  const location = useLocation();
  const routed: unknown = useContext(DataRouterStateContext) ?? location;
  if (
    requested &&
    lastWrite?.landed &&
    lastWrite.request === requested &&
    lastWrite.from !== routed &&
    params.toString() !== lastWrite.query
  )
    setRequested(null);
  const routedNow = useRef(routed);
  useEffect(() => {
    routedNow.current = routed;
  }, [routed]);

  const pending = useRef<PendingWrite | null>(null);
  // The query of the last write made (in the write itself, not in a render), for the effect below.
  const lastWriteQuery = useRef<string | null>(null);
  const cancelPending = useCallback(() => {
    pending.current?.cancel();
    pending.current = null;
  }, []);
  // The URL moved from elsewhere (back/forward): a write still waiting is no longer wanted. Not
  // when one of our own writes landed: a click made just after it, before the page showed it,
  // has a write of its own waiting, which must go ahead.
  const landedQuery = params.toString();
  useEffect(() => {
    if (landedQuery !== lastWriteQuery.current) cancelPending();
  }, [landedQuery, cancelPending]);
  useEffect(() => cancelPending, [cancelPending]);

  const setState = useCallback(
    (next: FeedState, options: FeedStateUpdate = {}) => {
      const query = urlOf(next, params);
      // A write still waiting merges into this one, as the same history entry.
      const replace = pending.current?.replace ?? options.replace ?? false;
      cancelPending();
      if (query === params.toString()) {
        setRequested(null);
        return;
      }
      setRequested(next);
      const write = () => {
        pending.current = null;
        lastWriteQuery.current = query;
        const made: UrlWrite = { query, request: next, from: routedNow.current, landed: false };
        setLastWrite(made);
        // The navigation renders in a transition (no flushSync); the page shows the requested
        // state meanwhile.
        const navigated = navigate(`?${query}`, { replace, preventScrollReset: true });
        void Promise.resolve(navigated).then(() =>
          setLastWrite((last) => (last === made ? { ...made, landed: true } : last)),
        );
      };
      const schedule = options.whenPaused ? afterPause : afterPaint;
      pending.current = { cancel: schedule(write), replace };
    },
    [params, navigate, cancelPending],
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
