/**
 * The ingest: content folder -> annotated, merged, validated static corpus in the output folder.
 * See README.md in this folder for the rules (bad input, --strict, --shard, the cache).
 */
import { ENGINE_VERSION } from '../core/annotate';
import { fnv1a } from '../core/corpus/paths';
import { SCHEMA_VERSION, manifestSchema, type Manifest } from '../core/schema';
import { annotateInputs, StrictModeStop } from './annotate/annotateInputs';
import { pruneCache } from './annotate/cache';
import { buildKeyOf, recordBuild, upToDateBuild } from './annotate/buildRecord';
import { aggregate, collectQuotes } from './corpus/aggregate';
import { EntityResolver } from './corpus/resolveEntities';
import { summarize, type ArticleSummary } from './corpus/summarize';
import { discoverInputs, type InputProblem } from './inputs/discover';
import { FULL_TEXT_LIMIT, SearchIndexWriter } from './output/searchIndex';
import { StagingFolder } from './output/staging';
import { writeArticles } from './output/writeArticles';
import { writeEntities } from './output/writeEntities';
import { facets, indexRecords, writeFeedFiles, writeLookup, writePages } from './output/writeIndex';
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
  reporter: Reporter;
}

export interface IngestResult {
  problems: InputProblem[];
  articles: number;
  annotated: number;
  cached: number;
  /** Whether the output folder was replaced. */
  written: boolean;
  /** Nothing changed since the last build: the output was kept as it is. */
  upToDate?: boolean;
  manifest?: Manifest;
  files?: number;
  bytes?: number;
  /** Cache entries no longer used (older versions of inputs, older engines), deleted. */
  pruned?: number;
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const { reporter } = options;
  const discovered = await discoverInputs(options.contentDir);
  const problems = [...discovered.problems];
  for (const problem of problems) reporter.warn(`${problem.path}: ${problem.reason}`);
  const result: IngestResult = { problems, articles: 0, annotated: 0, cached: 0, written: false };
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
      for (const problem of previous.problems) reporter.warn(`${problem.path}: ${problem.reason}`);
      problems.push(...previous.problems);
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
      (_input, article, cacheFile) => summaries.push(summarize(article, cacheFile)),
      (problem) => {
        problems.push(problem);
        annotateProblems.push(problem);
        reporter.warn(`${problem.path}: ${problem.reason}`);
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
  if (shard) return result;
  if (summaries.length === 0 && problems.length > 0) {
    reporter.warn('no input could be ingested; the previous output is left as it was');
    return result;
  }

  const staging = await StagingFolder.open(options.outDir);
  try {
    result.manifest = await writeCorpus(staging, summaries, reporter);
    await staging.commit();
  } catch (error) {
    await staging.discard();
    throw error;
  }
  result.written = true;
  result.pruned = await pruneCache(
    options.cacheDir,
    new Set(summaries.map((summary) => summary.cacheFile)),
  );
  if (buildKey && discovered.problems.length === 0) {
    await recordBuild(options.cacheDir, options.outDir, {
      buildKey,
      articles: summaries.length,
      problems: annotateProblems,
    });
  }
  result.files = staging.files;
  result.bytes = staging.bytes;
  return result;
}

async function writeCorpus(
  staging: StagingFolder,
  summaries: readonly ArticleSummary[],
  reporter: Reporter,
): Promise<Manifest> {
  let lap = performance.now();
  /** Stage timings, with INGEST_TIMINGS=1 (for profiling large runs). */
  const timing = (stage: string): void => {
    if (process.env.INGEST_TIMINGS) {
      const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
      reporter.warn(`  ${stage}: ${Math.round(performance.now() - lap)} ms, RSS ${rss} MB`);
    }
    lap = performance.now();
  };
  const resolver = new EntityResolver(summaries);
  const { entities, links } = aggregate(summaries, resolver);
  timing('resolve and aggregate entities');
  const search = new SearchIndexWriter(staging, summaries.length <= FULL_TEXT_LIMIT);
  const files = await writeArticles(
    staging,
    summaries,
    resolver,
    search,
    (article, index) => collectQuotes(article, index, entities),
    (done) => reporter.progress('write', done, summaries.length),
  );
  timing('write articles and index search');
  const records = indexRecords(summaries, links, files);
  const pages = await writePages(staging, records);
  const feedFiles = await writeFeedFiles(staging, records);
  await writeLookup(staging, records);
  timing('write index pages, doc sets and lookup');
  const headPeople = new Set(feedFiles.head.flatMap((record) => record.people));
  const facetValues = await facets(staging, summaries, links, entities, headPeople);
  await writeEntities(staging, entities, summaries, files);
  timing('write facets and entities');
  const counts = {
    articles: summaries.length,
    quotes: summaries.reduce((sum, article) => sum + article.quoteCount, 0),
    entities: entities.size,
  };
  const searchFiles = await search.finish(records.map((record) => record.id));
  timing('write search index');
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    builtAt: new Date().toISOString(),
    engineVersion: ENGINE_VERSION,
    counts,
    facets: facetValues.facets,
    pages,
    facetFiles: facetValues.facetFiles,
    feed: { ...feedFiles, search: searchFiles },
  };
  await staging.writeJson('manifest.json', manifestSchema, manifest);
  return manifest;
}
