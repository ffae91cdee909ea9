/**
 * Annotates every input, from the cache when its bytes and the engine are unchanged, otherwise in
 * the worker pool. Results are handed to `onArticle` in input order (sorted by id), whatever order
 * the workers finish in, so everything built from them is deterministic.
 */
import { readFile } from 'node:fs/promises';
import type { AnnotatedArticle } from '../../core/schema';
import type { InputFile, InputProblem } from '../inputs/discover';
import { cacheFile, cacheKey, readCached } from './cache';
import { AnnotatePool } from './pool';

export interface AnnotateOptions {
  cacheDir: string;
  /** Worker threads; defaults to the number of cores. */
  jobs?: number;
  /** Only take cache hits: a miss is a problem (the merge step after `--shard` runs). */
  cacheOnly?: boolean;
  /** Stop at the first problem. */
  strict?: boolean;
  onProgress?: (done: number, total: number, cached: number) => void;
}

export interface AnnotateStats {
  annotated: number;
  cached: number;
}

type Outcome =
  | { kind: 'article'; article: AnnotatedArticle; cacheFile: string }
  | { kind: 'problem'; reason: string; engine?: boolean };

export class StrictModeStop extends Error {
  override name = 'StrictModeStop';
}

export async function annotateInputs(
  inputs: readonly InputFile[],
  options: AnnotateOptions,
  onArticle: (input: InputFile, article: AnnotatedArticle, cacheFile: string) => void,
  onProblem: (problem: InputProblem) => void,
): Promise<AnnotateStats> {
  const stats: AnnotateStats = { annotated: 0, cached: 0 };
  let pool: AnnotatePool | undefined;
  const results = new Map<number, Outcome>();
  let nextToEmit = 0;
  let done = 0;
  let stopped = false;

  const emitReady = (): void => {
    for (let outcome = results.get(nextToEmit); outcome; outcome = results.get(nextToEmit)) {
      const input = inputs[nextToEmit];
      results.delete(nextToEmit);
      nextToEmit++;
      if (!input) continue;
      if (outcome.kind === 'article') onArticle(input, outcome.article, outcome.cacheFile);
      else {
        const { reason, engine } = outcome;
        onProblem({ path: input.path, reason, ...(engine ? { engine } : {}) });
        if (options.strict) stopped = true;
      }
    }
  };

  const processOne = async (seq: number, input: InputFile): Promise<Outcome> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(input.path);
    } catch (error) {
      return {
        kind: 'problem',
        reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      };
    }
    const file = cacheFile(options.cacheDir, cacheKey(input.id, input.extension, bytes));
    const cached = await readCached(file);
    if (cached) {
      stats.cached++;
      return { kind: 'article', article: cached, cacheFile: file };
    }
    if (options.cacheOnly) return { kind: 'problem', reason: 'not in the annotation cache' };
    pool ??= new AnnotatePool(options.jobs);
    const result = await pool.run({
      seq,
      id: input.id,
      extension: input.extension,
      bytes: new Uint8Array(bytes),
      cacheFile: file,
    });
    if (!result.ok) return { kind: 'problem', reason: result.reason, engine: result.engine };
    stats.annotated++;
    return { kind: 'article', article: result.article, cacheFile: file };
  };

  // Bounded concurrency keeps memory flat: only a window of inputs is in flight at once.
  const window = Math.max(8, (options.jobs ?? 4) * 4);
  let next = 0;
  const runner = async (): Promise<void> => {
    while (!stopped && next < inputs.length) {
      const seq = next++;
      const input = inputs[seq];
      if (!input) continue;
      const outcome = await processOne(seq, input);
      results.set(seq, outcome);
      done++;
      options.onProgress?.(done, inputs.length, stats.cached);
      emitReady();
    }
  };
  try {
    await Promise.all(Array.from({ length: window }, runner));
  } finally {
    await pool?.close();
  }
  if (stopped) throw new StrictModeStop('stopped at the first problem (--strict)');
  return stats;
}
