import type { FeedIndex } from './feedIndex';

const DOCS_PER_SLICE = 2000;

type IdleScheduler = (run: () => void) => () => void;

/** requestIdleCallback where the browser has it, a zero-delay timeout elsewhere (Node, Safari). */
const whenIdle: IdleScheduler = (run) => {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(run, { timeout: 1000 });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
};

/**
 * Builds the free-text index in idle slices of DOCS_PER_SLICE articles, so the first keystroke
 * finds it ready instead of paying ~1 s at 100k articles. Call after each shard is added;
 * returns a function that stops it (e.g. from a React effect's cleanup).
 */
export function prepareSearchWhenIdle(
  index: FeedIndex,
  schedule: IdleScheduler = whenIdle,
): () => void {
  let cancel: (() => void) | null = null;
  const step = () => {
    cancel = index.prepareSearch(DOCS_PER_SLICE) ? null : schedule(step);
  };
  cancel = schedule(step);
  return () => cancel?.();
}
