/** Timing helpers shared by the benchmarks: run, then summarise as median and p95. */

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Value at quantile q (0..1) of the samples, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

export const summarise = (samples: readonly number[]): Timing => ({
  median: quantile(samples, 0.5),
  p95: quantile(samples, 0.95),
  runs: samples.length,
});

/**
 * Times each step once, in order, after an untimed pass over `warmup` (the same steps unless
 * given: pass other steps when the code under test caches per step).
 */
export function timeSteps<T>(
  steps: readonly T[],
  run: (step: T) => void,
  warmup: readonly T[] = steps,
): Timing {
  for (const step of warmup) run(step);
  const samples = steps.map((step) => {
    const start = performance.now();
    run(step);
    return performance.now() - start;
  });
  return summarise(samples);
}

/** Milliseconds of one call. */
export function timeOnce(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** A plain text table with right-aligned columns after the first. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '-');
