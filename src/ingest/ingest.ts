/**
 * The ingest: content folder -> annotated, merged, validated static corpus in the output folder.
 * See README.md in this folder for the rules (bad input, --strict, --shard, the cache, what the
 * output folder may be and how it is replaced).
 */
import { fnv1a } from '../core/corpus/paths';
import { describeLimit } from '../core/limits';
import type { Manifest } from '../core/schema';
import { annotateInputs, StrictModeStop } from './annotate/annotateInputs';
import { pruneCache } from './annotate/cache';
import { buildKeyOf, recordBuild, upToDateBuild } from './annotate/buildRecord';
import { summarize, type ArticleSummary } from './corpus/summarize';
import { discoverInputs, type InputProblem } from './inputs/discover';
import { INPUT_EXTENSIONS } from './inputs/parseInput';
import { OutputFolder } from './output/outputFolder';
import { OutputRefusal } from './output/refusal';
import { searchesFullText, writeCorpus } from './output/writeCorpus';
import type { Reporter } from './progress';

export interface IngestOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  jobs?: number;
  /** Stop at the first bad input and write nothing. Default: keep going, exit non-zero at the end. */
  strict?: boolean;
  /** Annotate only the inputs of slice `index` of `count` (by a hash of the id) into the cache. */
  shard?: { index: number; count: number };
  /** Annotate nothing: every input must already be cached (merging the caches of shard runs). */
  cacheOnly?: boolean;
  /** Rebuild the output even when nothing changed since the last build. */
  force?: boolean;
  /** Let a content folder with no articles at all replace the corpus with an empty one. */
  allowEmpty?: boolean;
  reporter: Reporter;
}

export interface IngestResult {
  /** Bad inputs and articles the engine failed on (`engine: true`), each with its path. */
  problems: InputProblem[];
  /** Articles annotated only in part because a limit of the engine applied (core/limits.ts). */
  limited: InputProblem[];
  articles: number;
  annotated: number;
  cached: number;
  /** Whether the output folder was replaced. */
  written: boolean;
  /** Nothing changed since the last build: the output was kept as it is. */
  upToDate?: boolean;
  manifest?: Manifest;
  /** False when the corpus is too large for whole texts in its search index (openings only). */
  fullTextSearch?: boolean;
  files?: number;
  bytes?: number;
  /** Cache entries no longer used (older versions of inputs, older engines), deleted. */
  pruned?: number;
}

/**
 * Runs the ingest. Refuses (OutputRefusal, nothing touched) an output it may not replace, an
 * output another live run is writing, and an empty content folder without `allowEmpty`.
 */
export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const output = options.shard
    ? undefined
    : await OutputFolder.open(
        options.outDir,
        [
          { path: options.contentDir, label: 'the content folder' },
          { path: options.cacheDir, label: 'the annotation cache' },
        ],
        options.reporter,
      );
  try {
    return await ingest(options, output);
  } finally {
    await output?.release();
  }
}

async function ingest(options: IngestOptions, output?: OutputFolder): Promise<IngestResult> {
  const { reporter } = options;
  const discovered = await discoverInputs(options.contentDir);
  const problems = [...discovered.problems];
  const limited: InputProblem[] = [];
  const warn = (list: InputProblem[], problem: InputProblem) => {
    list.push(problem);
    reporter.warn(`${problem.path}: ${problem.reason}`);
  };
  for (const problem of problems) reporter.warn(`${problem.path}: ${problem.reason}`);
  const result: IngestResult = {
    problems,
    limited,
    articles: 0,
    annotated: 0,
    cached: 0,
    written: false,
  };
  if (output && discovered.inputs.length === 0 && problems.length === 0 && !options.allowEmpty) {
    throw new OutputRefusal(
      `${options.contentDir} holds no articles (no ${INPUT_EXTENSIONS.join(', ')} files): refusing to replace ${options.outDir} with an empty corpus. Pass --allow-empty to do that.`,
    );
  }
  if (options.strict && problems.length > 0) return result;

  const { shard } = options;
  const inputs = shard
    ? discovered.inputs.filter((input) => fnv1a(input.id) % shard.count === shard.index)
    : discovered.inputs;
  let buildKey: string | undefined;
  if (!shard) {
    buildKey = await buildKeyOf(inputs);
    const previous = options.force
      ? undefined
      : await upToDateBuild(options.cacheDir, options.outDir, buildKey);
    if (previous) {
      for (const problem of previous.problems) warn(problems, problem);
      for (const problem of previous.limited ?? []) warn(limited, problem);
      return { ...result, articles: previous.articles, upToDate: true };
    }
  }
  const annotateProblems: InputProblem[] = [];
  const summaries: ArticleSummary[] = [];
  const annotateStart = performance.now();
  try {
    const stats = await annotateInputs(
      inputs,
      {
        cacheDir: options.cacheDir,
        jobs: options.jobs,
        cacheOnly: options.cacheOnly,
        strict: options.strict,
        onProgress: (done, total) => reporter.progress('annotate', done, total),
      },
      (input, article, cacheFile) => {
        summaries.push(summarize(article, cacheFile));
        for (const limit of article.limits ?? []) {
          warn(limited, { path: input.path, reason: describeLimit(limit) });
        }
      },
      (problem) => {
        annotateProblems.push(problem);
        warn(problems, problem);
      },
    );
    result.annotated = stats.annotated;
    result.cached = stats.cached;
  } catch (error) {
    if (error instanceof StrictModeStop) return result;
    throw error;
  }
  result.articles = summaries.length;
  if (process.env.INGEST_TIMINGS) {
    reporter.warn(`  discover and annotate: ${Math.round(performance.now() - annotateStart)} ms`);
  }
  if (!output) return result;
  if (summaries.length === 0 && problems.length > 0) {
    reporter.warn('no input could be ingested; the previous output is left as it was');
    return result;
  }

  const [manifest, staging] = await output.replaceWith((folder) =>
    writeCorpus(folder, summaries, reporter),
  );
  result.manifest = manifest;
  result.written = true;
  result.fullTextSearch = searchesFullText(summaries.length);
  result.pruned = await pruneCache(
    options.cacheDir,
    new Set(summaries.map((summary) => summary.cacheFile)),
  );
  if (buildKey && discovered.problems.length === 0) {
    await recordBuild(options.cacheDir, options.outDir, {
      buildKey,
      articles: summaries.length,
      problems: annotateProblems,
      limited,
    });
  }
  result.files = staging.files;
  result.bytes = staging.bytes;
  return result;
}
