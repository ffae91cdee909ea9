import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { FeedState } from '../model/feedState';
import { parseFeedParams, serializeFeedParams } from '../model/urlState';

/** Parameters the feed owns; any other parameter in the URL is kept as it is. */
const FEED_PARAMS = new Set(['country', 'mentioned', 'topic', 'person', 'source', 'q', 'sort']);

export interface FeedStateUpdate {
  /** Replace the current history entry instead of adding one (typing in the search box). */
  replace?: boolean;
  /**
   * Show the new state at once (default): a checkbox is checked the moment it is clicked,
   * before the navigation completes. Typing passes false: the list then follows the URL in a
   * transition and keystrokes stay fluid.
   */
  immediate?: boolean;
}

/**
 * The URL is the feed's state: read it with parseFeedParams, write it with serializeFeedParams.
 * Every change is a navigation, so back/forward and reload reproduce the view. Until the
 * navigation lands, an immediate change is shown from the requested state.
 */
export function useFeedUrlState() {
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseFeedParams(params), [params]);
  const [requested, setRequested] = useState<FeedState | null>(null);
  const [seenParsed, setSeenParsed] = useState(parsed);
  if (seenParsed !== parsed) {
    // The URL moved (our navigation landed, or back/forward): it is the truth again.
    setSeenParsed(parsed);
    setRequested(null);
  }

  const setState = useCallback(
    (next: FeedState, options: FeedStateUpdate = {}) => {
      const written = serializeFeedParams(next);
      for (const [name, value] of params) if (!FEED_PARAMS.has(name)) written.append(name, value);
      if (written.toString() === params.toString()) return;
      const immediate = options.immediate ?? true;
      if (immediate) setRequested(next);
      // The navigation itself renders in a transition (no flushSync): the click's own frame
      // paints the requested state alone, and the route's re-render never delays it.
      setParams(written, { replace: options.replace ?? false, preventScrollReset: true });
    },
    [params, setParams],
  );

  return { state: requested ?? parsed.state, ignored: parsed.ignored, setState };
}
