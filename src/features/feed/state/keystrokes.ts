/**
 * When the reader last typed in the feed's search box, noted at the keystroke itself (before
 * the page renders its answer): typing bursts (one history entry) and the pause before facet
 * counts follow (useTrailingCounts) are both timed from keystrokes, not from renders.
 */
let typedAt = -Infinity;

/** Notes a keystroke; gives the milliseconds since the one before. */
export function noteKeystroke(): number {
  const now = performance.now();
  const since = now - typedAt;
  typedAt = now;
  return since;
}

/** Milliseconds since the last keystroke. */
export const sinceKeystroke = (): number => performance.now() - typedAt;
