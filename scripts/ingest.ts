/**
 * npm run ingest -- [--content content] [--out public/data] [--cache .cache/ingest] [--jobs N]
 *                   [--strict | --keep-going] [--shard i/n] [--merge] [--allow-empty] [--quiet]
 *                   [--feeds FILE|URL [--feeds-dir DIR] [--contact URL] [--since DATE] [--max-items N]]
 * Builds the static corpus the app reads. See src/ingest/README.md.
 */
import { isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDate } from '../src/core/input/metadata';
import { fetchFeeds } from '../src/ingest/feeds/fetchFeeds';
import { summarizeFeeds } from '../src/ingest/feeds/feedsSummary';
import { runIngest } from '../src/ingest/ingest';
import { OutputRefusal } from '../src/ingest/output/refusal';
import { createReporter } from '../src/ingest/progress';
import { summarizeRun } from '../src/ingest/summary';

const USAGE = `usage: npm run ingest -- [options]
  --content <dir>   input folder (default: content)
  --out <dir>       output folder (default: public/data); replaced only if the ingest wrote it
  --cache <dir>     annotation cache (default: .cache/ingest)
  --jobs <n>        worker threads (default: number of cores)
  --keep-going      report bad inputs, ingest the rest, exit 1 at the end (default)
  --strict          stop at the first bad input; the output is left as it was
  --shard <i/n>     annotate only slice i of n into the cache (no output); see README
  --merge           annotate nothing: every input must be in the cache (after --shard runs)
  --force           rebuild the output even when nothing changed since the last build
  --allow-empty     let a content folder with no articles replace the corpus with an empty one
  --quiet           print problems only

feeds (see src/ingest/feeds/README.md):
  --feeds <file|url>  first fetch new articles from news feeds: an OPML list, a text file with
                      one feed URL a line, or one feed URL (RSS, Atom, JSON Feed)
  --feeds-dir <dir>   where fetched articles are stored (default: <content>/feeds)
  --contact <url>     a URL or mailto: for the User-Agent, so publishers can reach you
  --since <date>      skip items published before this date (ISO 8601, e.g. 2026-12-01)
  --max-items <n>     at most n items per feed, newest first
  Feed failures are reported and leave the rest ingested (exit 0); with --strict they exit 1.`;

function positiveInteger(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${option} expects a positive whole number, got "${text}"`);
  }
  return value;
}

function contactUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let protocol = '';
  try {
    protocol = new URL(text).protocol;
  } catch {
    // reported below
  }
  if (!['http:', 'https:', 'mailto:'].includes(protocol)) {
    throw new Error(`--contact expects an http(s) or mailto: URL, got "${text}"`);
  }
  return text;
}

function parseShard(text: string | undefined): { index: number; count: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count)
    throw new Error(`--shard expects i/n with i < n, got "${text}"`);
  return { index, count };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'public/data' },
      cache: { type: 'string', default: '.cache/ingest' },
      jobs: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'keep-going': { type: 'boolean', default: false },
      shard: { type: 'string' },
      merge: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'allow-empty': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      feeds: { type: 'string' },
      'feeds-dir': { type: 'string' },
      contact: { type: 'string' },
      since: { type: 'string' },
      'max-items': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.strict && values['keep-going'])
    throw new Error('--strict and --keep-going exclude each other');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
    throw new Error('--jobs expects a positive whole number');
  const reporter = createReporter({ quiet: values.quiet });
  const started = Date.now();
  const shard = parseShard(values.shard);
  let feedProblems = 0;
  if (values.feeds !== undefined) {
    const feedsDir = values['feeds-dir'] ?? join(values.content, 'feeds');
    const result = await fetchFeeds({
      feeds: values.feeds,
      feedsDir,
      contact: contactUrl(values.contact),
      since: values.since === undefined ? undefined : new Date(checkSince(values.since)),
      maxItems: positiveInteger(values['max-items'], '--max-items'),
      reporter,
    });
    reporter.finish();
    for (const line of summarizeFeeds(result, feedsDir)) {
      if (line.warn) reporter.warn(line.text);
      else reporter.log(line.text);
    }
    feedProblems = result.problems.length;
    const inside = relative(values.content, feedsDir);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      reporter.warn(
        `${feedsDir} is not inside ${values.content}: its articles are stored but not ingested`,
      );
    }
  }
  const result = await runIngest({
    contentDir: values.content,
    outDir: values.out,
    cacheDir: values.cache,
    jobs,
    strict: values.strict,
    shard,
    cacheOnly: values.merge,
    force: values.force,
    allowEmpty: values['allow-empty'],
    reporter,
  });
  reporter.finish();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = summarizeRun(result, { out: values.out, cache: values.cache, shard, seconds });
  for (const line of summary.lines) {
    if (line.warn) reporter.warn(line.text);
    else reporter.log(line.text);
  }
  // Feed failures are the web's, not the corpus's: reported, and fatal only when asked.
  return values.strict && feedProblems > 0 ? Math.max(summary.code, 1) : summary.code;
}

function checkSince(text: string): string {
  try {
    return checkDate(text);
  } catch (error) {
    throw new Error(`--since: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof OutputRefusal) console.error(`ingest refused: ${message}`);
    else console.error(`ingest failed: ${message}`);
    console.error('nothing was replaced: the previous output is left as it was');
    process.exitCode = 2;
  },
);
