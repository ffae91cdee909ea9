/**
 * npm run ingest -- [--content content] [--out public/data] [--cache .cache/ingest] [--jobs N]
 *                   [--strict | --keep-going] [--shard i/n] [--merge] [--allow-empty] [--quiet]
 * Builds the static corpus the app reads. See src/ingest/README.md.
 */
import { parseArgs } from 'node:util';
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
  --quiet           print problems only`;

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
  return summary.code;
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
