/**
 * npm run bench:browser -- [--sizes 10000,100000] [--dir /tmp/broadsheet-bench] [--no-build]
 *   [--reuse-corpus] (measure the corpus the last run ingested, without ingesting it again)
 * (the app is built into .cache/bench-dist, so `dist` and a running preview are left alone)
 *
 * The front page in the system Chromium over the DevTools protocol, throttled like a phone on a
 * slow network (1.6 Mbit/s, 150 ms latency, CPU 4x slower), with synthetic corpora of each size
 * (bench:ingest's generator, the real ingest) served gzip-compressed. Prints, per size, the
 * figures of issue 14 against their targets at 100,000 articles, and the machine's load.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { peopleFacetFileSchema } from '../../src/core/schema';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { allRecords, ensureCorpus } from './browser/benchCorpus';
import { startServer } from './browser/gzipServer';
import { runScenario, THROTTLE, type Figures } from './browser/scenario';
import { searchTotals, searchWord } from './browser/searchExpect';
import { formatTable } from './lib/stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, '.cache', 'bench-dist');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    dir: { type: 'string', default: '/tmp/broadsheet-bench' },
    'no-build': { type: 'boolean', default: false },
    'reuse-corpus': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
const s = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);
const msText = (ms: number) => `${Math.round(ms)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mbText = (mb: number) => `${mb.toFixed(1)} MB`;

/** Each figure: label, how to print it, and the target at 100,000 articles. */
const ROWS: {
  label: string;
  show: (f: Figures) => string;
  ok: (f: Figures) => boolean;
  target: string;
}[] = [
  {
    label: 'first article card visible (phone)',
    show: (f) => s(f.phoneFirstCard),
    ok: (f) => f.phoneFirstCard <= 2500,
    target: '<= 2.5 s',
  },
  {
    label: 'bytes before the first card (phone)',
    show: (f) => kb(f.phoneBytes),
    ok: (f) => f.phoneBytes <= 250 * 1024,
    target: '<= 250 KB',
  },
  {
    label: 'first article card visible (wide)',
    show: (f) => s(f.wideFirstCard),
    ok: (f) => f.wideFirstCard <= 2500,
    target: '<= 2.5 s',
  },
  {
    label: 'facet counts right at first paint',
    show: (f) => f.countsAtFirstPaint,
    ok: (f) => f.countsOk,
    target: 'yes',
  },
  {
    label: 'facet files loaded (idle, after first view)',
    show: (f) => s(f.facetsLoadedAt),
    ok: () => true,
    target: '',
  },
  {
    label: 'first filter click -> list + all counts',
    show: (f) => msText(f.firstClick),
    ok: (f) => f.firstClick <= 1000,
    target: '<= 1.0 s',
  },
  {
    label: 'fetched for facets in all',
    show: (f) => kb(f.facetBytes),
    ok: (f) => f.facetBytes <= 1.5 * 1024 * 1024,
    target: '<= 1.5 MB',
  },
  {
    label: 'facet toggle after that: INP',
    show: (f) => msText(f.toggleInp),
    ok: (f) => f.toggleInp <= 100,
    target: '<= 100 ms',
  },
  {
    label: 'facet toggle -> list + all counts',
    show: (f) => msText(f.toggleUpdated),
    ok: () => true,
    target: '',
  },
  {
    label: 'search: 2nd letter (fetches its bucket)',
    show: (f) => msText(f.searchFirst),
    ok: () => true,
    target: '',
  },
  {
    label: 'search keystroke -> results (worst)',
    show: (f) => msText(f.searchKeystroke),
    ok: (f) => f.searchKeystroke <= 100,
    target: '<= 100 ms',
  },
  {
    label: 'JS heap after first view',
    show: (f) => mbText(f.heapFirstView),
    ok: (f) => f.heapFirstView <= 60,
    target: '<= 60 MB',
  },
  {
    label: 'JS heap after a search',
    show: (f) => mbText(f.heapAfterSearch),
    ok: (f) => f.heapAfterSearch <= 100,
    target: '<= 100 MB',
  },
];

function run(command: string, args: string[]): Promise<number | null> {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', resolve));
}

async function main(): Promise<void> {
  console.log(`load average at start: ${load()}`);
  if (!values['no-build']) {
    console.log('building the app (vite build)…');
    const vite = join(ROOT, 'node_modules/.bin/vite');
    if ((await run(vite, ['build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'])) !== 0)
      throw new Error('vite build failed');
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const results = new Map<number, Figures>();
  try {
    for (const size of sizes) {
      console.log(`\n${size.toLocaleString('en')} articles`);
      const corpus = await ensureCorpus(values.dir, size, { reuse: values['reuse-corpus'] });
      const records = await allRecords(corpus);
      const peopleFile = corpus.manifest.facetFiles?.people.file;
      const people = new Map(
        peopleFile
          ? peopleFacetFileSchema
              .parse(JSON.parse(await readFile(join(corpus.dataDir, peopleFile), 'utf8')))
              .people.map((person) => [person.id, person.name])
          : [],
      );
      const totalOf = await searchTotals(corpus.dataDir, corpus.manifest);
      const server = await startServer(DIST, corpus.dataDir);
      try {
        console.log(`  measuring in Chromium (load average ${load()})…`);
        const figures = await runScenario(browser, {
          url: `${server.url}/`,
          manifest: corpus.manifest,
          records,
          people,
          search: { word: searchWord(records), totalOf },
        });
        results.set(size, figures);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  const big = results.get(Math.max(...results.keys()));
  const table = formatTable(
    ['figure', ...[...results.keys()].map((size) => size.toLocaleString('en')), 'target', ''],
    ROWS.map((row) => [
      row.label,
      ...[...results.values()].map((figures) => row.show(figures)),
      row.target,
      row.target && big ? (row.ok(big) ? 'ok' : 'MISSED') : '',
    ]),
  );
  console.log(
    `\nFront page in Chromium, throttled: ${(THROTTLE.download * 8) / 1e6} Mbit/s, ${THROTTLE.latency} ms latency, CPU ${THROTTLE.cpu}x slower; gzip; no service worker\n`,
  );
  console.log(table);
  console.log(`\nTargets apply at the largest size. Load average at the end: ${load()}`);
}

await main();
