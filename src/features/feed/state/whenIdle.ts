/**
 * Runs `run` once the browser is idle, at the latest after `timeout` ms; gives a function that
 * cancels. Where idle callbacks are missing (Safari), a short timer: it still runs after the
 * current frame's work.
 */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 50);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout });
  return () => cancelIdleCallback(handle);
}
