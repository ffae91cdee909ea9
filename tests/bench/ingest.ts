/**
 * npm run bench:ingest -- --synthetic N [--jobs J] [--dir /tmp/broadsheet-bench]
 * Generates N synthetic articles, ingests them (cold cache), ingests them again (warm cache) and
 * prints throughput, output sizes, file counts, peak memory and the re-run ratio against the
 * targets of issue 4 (at N = 100,000: manifest + shard 0 <= 150 KB gzip, peak RSS <= 1.5 GB,
 * no folder over 10,000 files, re-run at least 10x faster).
 */
import { spawn } from 'node:child_process';
import { appendFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { manifestSchema, searchBucketsFileSchema } from '../../src/core/schema';
import { pagePath } from '../../src/core/corpus/paths';
import { writeSyntheticCorpus } from '../synthetic/generate';
import { folderFigures, kb, mb, residentBytes, sizes } from './ingestFigures';

const { values } = parseArgs({
  options: {
    synthetic: { type: 'string', default: '1000' },
    jobs: { type: 'string' },
    dir: { type: 'string', default: '/tmp/broadsheet-bench' },
  },
});
const count = Number(values.synthetic);
const root = join(values.dir, String(count));
const content = join(root, 'content');
const out = join(root, 'public', 'data');
const cache = join(root, 'cache');

/** Runs the ingest CLI as a child process, sampling its resident memory. */
async function ingest(): Promise<{ seconds: number; peakBytes: number; code: number | null }> {
  // The same Node flags as `npm run ingest` (package.json): a 1 GB heap keeps V8 collecting.
  const args = ['--max-old-space-size=1024', '--import', 'tsx', 'scripts/ingest.ts'];
  args.push('--content', content, '--out', out);
  args.push('--cache', cache, '--quiet', ...(values.jobs ? ['--jobs', values.jobs] : []));
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  let peakBytes = 0;
  const sampler = setInterval(() => {
    const { rss, peak } = residentBytes(child.pid ?? 0);
    peakBytes = Math.max(peakBytes, rss, peak);
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, peakBytes, code };
}

async function main(): Promise<void> {
  console.log(`generating ${count} synthetic articles in ${content}`);
  await rm(root, { recursive: true, force: true });
  await writeSyntheticCorpus(content, count);
  console.log('first run (cold cache)…');
  const first = await ingest();
  console.log('second run (unchanged corpus)…');
  const second = await ingest();
  console.log('third run (one input changed: annotates one, merges and writes everything)…');
  await appendFile(
    join(content, 'batch-000', 'synthetic-000000.md'),
    '\nOne more closing paragraph.\n',
  );
  const third = await ingest();
  const manifestPath = join(out, 'manifest.json');
  const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
  const manifestSize = await sizes(manifestPath);
  const shard0 = await sizes(join(out, pagePath(manifest.pages, 0)));
  const buckets = searchBucketsFileSchema.parse(
    JSON.parse(await readFile(join(out, manifest.feed.search.file), 'utf8')),
  );
  const searchFiles = await Promise.all(
    buckets.buckets.map((bucket) => sizes(join(out, bucket.file))),
  );
  const columnFiles = await Promise.all(
    manifest.feed.columns.map((column) => sizes(join(out, column.file))),
  );
  const columns = columnFiles.reduce((sum, file) => sum + file.gzip, 0);
  const search = searchFiles.reduce(
    (sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }),
    { raw: 0, gzip: 0 },
  );
  const folder = await folderFigures(out);
  const firstScreen = manifestSize.gzip + shard0.gzip;
  const peak = Math.max(first.peakBytes, second.peakBytes, third.peakBytes);
  const ratio = first.seconds / second.seconds;
  const mark = (ok: boolean): string => (ok ? 'ok' : 'OVER TARGET');
  const lines = [
    `articles: ${count} (exit codes ${first.code}, ${second.code}, ${third.code}); engine ${manifest.engineVersion}`,
    `counts: ${manifest.counts.quotes} quotes, ${manifest.counts.entities} entities, ${manifest.facetFiles?.people.count ?? 0} quoted people`,
    `first run: ${first.seconds.toFixed(1)} s, ${(count / first.seconds).toFixed(1)} articles/s`,
    `re-run (unchanged): ${second.seconds.toFixed(1)} s, ${ratio.toFixed(1)}x faster [${mark(ratio >= 10)}]`,
    `re-run (one input changed): ${third.seconds.toFixed(1)} s, ${(first.seconds / third.seconds).toFixed(1)}x faster`,
    `output: ${mb(folder.bytes)} in ${folder.files} files`,
    `manifest: ${kb(manifestSize.raw)} raw, ${kb(manifestSize.gzip)} gzip`,
    `page 0: ${kb(shard0.raw)} raw, ${kb(shard0.gzip)} gzip (${manifest.pages.size} records a page; ${manifest.pages.count} pages)`,
    `manifest + page 0: ${kb(firstScreen)} gzip [${mark(firstScreen <= 150 * 1024)}]`,
    `facet columns: ${kb(columns)} gzip in ${columnFiles.length} files`,
    `search index: ${searchFiles.length} buckets, ${mb(search.raw)} raw, ${mb(search.gzip)} gzip in all; largest ${kb(Math.max(0, ...searchFiles.map((file) => file.gzip)))} gzip`,
    `largest file: ${folder.largestFile.path} (${kb(folder.largestFile.bytes)})`,
    `largest folder: ${folder.largestFolder.path} (${folder.largestFolder.files} files) [${mark(folder.largestFolder.files <= 10_000)}]`,
    `peak memory (RSS, sampled): ${mb(peak)} [${mark(peak <= 1.5 * 1024 ** 3)}]`,
  ];
  console.log(lines.join('\n'));
}

await main();
