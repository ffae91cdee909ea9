import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { FeedState } from '../model/feedState';
import { parseFeedParams, serializeFeedParams } from '../model/urlState';

/** Parameters the feed owns; any other parameter in the URL is kept as it is. */
const FEED_PARAMS = new Set(['country', 'mentioned', 'topic', 'person', 'source', 'q', 'sort']);

export interface FeedStateUpdate {
  /** Replace the current history entry instead of adding one (typing in the search box). */
  replace?: boolean;
  /**
   * Render the new state synchronously (default), so a checkbox shows its new state at once.
   * Typing passes false: the list then updates in a transition and keystrokes stay fluid.
   */
  immediate?: boolean;
}

/**
 * The URL is the feed's state: read it with parseFeedParams, write it with serializeFeedParams.
 * Every change is a navigation, so back/forward and reload reproduce the view.
 */
export function useFeedUrlState() {
  const [params, setParams] = useSearchParams();
  const { state, ignored } = useMemo(() => parseFeedParams(params), [params]);

  const setState = useCallback(
    (next: FeedState, options: FeedStateUpdate = {}) => {
      const written = serializeFeedParams(next);
      for (const [name, value] of params) if (!FEED_PARAMS.has(name)) written.append(name, value);
      if (written.toString() === params.toString()) return;
      setParams(written, {
        replace: options.replace ?? false,
        preventScrollReset: true,
        flushSync: options.immediate ?? true,
      });
    },
    [params, setParams],
  );

  return { state, ignored, setState };
}
