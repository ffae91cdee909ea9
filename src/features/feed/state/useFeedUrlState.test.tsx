// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedState } from '../model/feedState';
import { useFeedUrlState, type FeedStateUpdate } from './useFeedUrlState';

afterEach(cleanup);

interface Probe {
  state: FeedState;
  setState: (next: FeedState, options?: FeedStateUpdate) => void;
}

/** Renders the hook in a memory router; `probe.current` is its latest answer. */
function renderHookInRouter(path = '/') {
  const probe: { current: Probe | null; states: FeedState[] } = { current: null, states: [] };
  function Page() {
    const answer = useFeedUrlState();
    probe.current = answer;
    probe.states.push(answer.state);
    return null;
  }
  const router = createMemoryRouter([{ path: '/', Component: Page }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  const current = () => {
    if (!probe.current) throw new Error('the page has not rendered');
    return probe.current;
  };
  return { router, probe, current };
}

describe('useFeedUrlState', () => {
  it('shows typed words at once and writes the URL once typing pauses, as one history entry', async () => {
    const { router, current } = renderHookInRouter('/?topic=politics');
    const start = router.state.location.key;
    for (const q of ['b', 'br', 'bri']) {
      act(() =>
        current().setState({ ...current().state, q }, { replace: q !== 'b', whenPaused: true }),
      );
      // The state follows each keystroke; the URL has not moved yet.
      expect(current().state.q).toBe(q);
      expect(router.state.location.search).toBe('?topic=politics');
    }
    await waitFor(() => expect(router.state.location.search).toBe('?topic=politics&q=bri'));
    expect(current().state.q).toBe('bri');
    // The burst pushed one entry: back returns to the page before the search.
    act(() => void router.navigate(-1));
    await waitFor(() => expect(router.state.location.key).toBe(start));
    // The state follows the location on the next render: wait for it rather than assume it.
    await waitFor(() => expect(current().state.q).toBe(''));
  });

  it('follows a back navigation that lands before the page rendered the written search', async () => {
    const { router, current } = renderHookInRouter('/?topic=politics');
    const start = router.state.location.key;
    // Back is pressed just after the written search reaches the router, before React renders
    // it: the page never sees the written URL, only the one it had before the write.
    let wentBack = false;
    const unsubscribe = router.subscribe((state) => {
      if (!state.location.search.includes('q=bri')) return;
      wentBack = true;
      queueMicrotask(() => void router.navigate(-1));
    });
    act(() => current().setState({ ...current().state, q: 'bri' }, { whenPaused: true }));
    expect(current().state.q).toBe('bri');
    await waitFor(() => expect(wentBack).toBe(true));
    await waitFor(() => expect(router.state.location.key).toBe(start));
    unsubscribe();
    await waitFor(() => expect(current().state.q).toBe(''));
  });

  it('keeps the typed state when an earlier write lands under newer typing', async () => {
    const { router, current } = renderHookInRouter();
    const empty = current().state;
    act(() => current().setState({ ...empty, q: 'bri' }));
    // The write goes out after the next frame (a timer after it); one more keystroke as it lands.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(router.state.location.search).toBe('?q=bri');
    act(() => current().setState({ ...empty, q: 'brid' }, { replace: true, whenPaused: true }));
    expect(current().state.q).toBe('brid');
    await waitFor(() => expect(router.state.location.search).toBe('?q=brid'));
    expect(current().state.q).toBe('brid');
  });

  it('keeps newer typing when the earlier write reaches the router before the page renders it', async () => {
    const { router, current } = renderHookInRouter();
    const empty = current().state;
    // The next letter is typed the moment the first write reaches the router, before React
    // renders it: the page still shows the URL from before the first write.
    let typed = false;
    const unsubscribe = router.subscribe((state) => {
      if (typed || state.location.search !== '?q=bri') return;
      typed = true;
      queueMicrotask(() =>
        act(() => current().setState({ ...empty, q: 'brid' }, { replace: true, whenPaused: true })),
      );
    });
    act(() => current().setState({ ...empty, q: 'bri' }));
    await waitFor(() => expect(typed).toBe(true));
    await waitFor(() => expect(router.state.location.search).toBe('?q=brid'));
    unsubscribe();
    expect(current().state.q).toBe('brid');
  });

  it('writes a click after its paint, with any typing still waiting, and gives one object per state', async () => {
    const { router, probe, current } = renderHookInRouter();
    act(() => current().setState({ ...current().state, q: 'bridge' }, { whenPaused: true }));
    act(() => current().setState({ ...current().state, country: ['NZ'] }));
    await waitFor(() => expect(router.state.location.search).toBe('?country=NZ&q=bridge'));
    // The state requested by the click and the same state read back from the URL are one object.
    const requested = probe.states.findIndex((state) => state.country.length === 1);
    expect(probe.states.slice(requested).every((state) => state === current().state)).toBe(true);
  });
});
