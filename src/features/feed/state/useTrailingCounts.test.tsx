// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedView } from '../model/feedModel';
import { feedState, type FeedState } from '../model/feedState';
import { noteKeystroke } from './keystrokes';
import { COUNTS_PAUSE_MS, onlySearchDiffers, useTrailingCounts } from './useTrailingCounts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A view whose counts are told apart by `label` (the hook only passes them through). */
const view = (label: string): FeedView =>
  ({ docs: [], total: 0, counts: { label } }) as unknown as FeedView;

function renderCounts(result: FeedView, state: FeedState) {
  return renderHook(({ result, state }) => useTrailingCounts(result, state), {
    initialProps: { result, state },
  });
}

describe('onlySearchDiffers', () => {
  it('is true for a new search alone, false for any other change or none', () => {
    const base = feedState({ country: ['JP'], q: 'bri' });
    expect(onlySearchDiffers(base, { ...base, q: 'brid' })).toBe(true);
    expect(onlySearchDiffers(base, { ...base })).toBe(false);
    expect(onlySearchDiffers(base, { ...base, q: 'brid', country: ['NZ'] })).toBe(false);
    expect(onlySearchDiffers(base, { ...base, q: 'brid', sort: 'quoted' })).toBe(false);
    expect(onlySearchDiffers(base, { ...base, q: 'x', includeMentioned: true })).toBe(false);
  });
});

describe('useTrailingCounts', () => {
  it('shows the counts of a click at once', () => {
    const start = feedState();
    const { result, rerender } = renderCounts(view('all'), start);
    rerender({ result: view('japan'), state: feedState({ country: ['JP'] }) });
    expect(result.current).toEqual({ counts: { label: 'japan' }, trailing: false });
  });

  it('shows the counts of a file that arrived (same state) at once', () => {
    const start = feedState({ q: 'bri' });
    const { result, rerender } = renderCounts(view('titles only'), start);
    rerender({ result: view('full text'), state: start });
    expect(result.current.counts).toEqual({ label: 'full text' });
  });

  it('keeps the counts of the earlier search while typing, and follows once typing pauses', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderCounts(view('all'), feedState());
    rerender({ result: view('b'), state: feedState({ q: 'b' }) });
    expect(result.current).toEqual({ counts: { label: 'all' }, trailing: true });
    act(() => void vi.advanceTimersByTime(COUNTS_PAUSE_MS - 50));
    // Another letter before the pause ends: the wait starts again.
    rerender({ result: view('br'), state: feedState({ q: 'br' }) });
    act(() => void vi.advanceTimersByTime(COUNTS_PAUSE_MS - 50));
    expect(result.current).toEqual({ counts: { label: 'all' }, trailing: true });
    act(() => void vi.advanceTimersByTime(50));
    expect(result.current).toEqual({ counts: { label: 'br' }, trailing: false });
  });

  it('counts the pause from the last keystroke, even before that keystroke’s answer renders', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderCounts(view('all'), feedState());
    rerender({ result: view('b'), state: feedState({ q: 'b' }) });
    // The next letter is typed; its answer is still rendering when the first wait ends.
    act(() => void vi.advanceTimersByTime(100));
    noteKeystroke();
    act(() => void vi.advanceTimersByTime(COUNTS_PAUSE_MS - 100));
    expect(result.current).toEqual({ counts: { label: 'all' }, trailing: true });
    // A pause of COUNTS_PAUSE_MS after that keystroke: the counts follow.
    act(() => void vi.advanceTimersByTime(100));
    expect(result.current).toEqual({ counts: { label: 'b' }, trailing: false });
  });

  it('shows a click made while counts trail with its own counts at once', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderCounts(view('all'), feedState());
    rerender({ result: view('b'), state: feedState({ q: 'b' }) });
    rerender({ result: view('b in Japan'), state: feedState({ q: 'b', country: ['JP'] }) });
    expect(result.current).toEqual({ counts: { label: 'b in Japan' }, trailing: false });
  });
});
