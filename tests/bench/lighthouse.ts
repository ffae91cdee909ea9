/**
 * npm run bench:lighthouse -- [--runs 3] [--no-build]
 *
 * Lighthouse 12 with its mobile defaults (a mid-range phone: simulated slow 4G, 150 ms round
 * trips, 1.6 Mbit/s, CPU 4x slower) on the front page, an article in the reader and a person's
 * page of the sample corpus, served gzip-compressed from the production build. Prints each
 * page's performance and accessibility scores and its metrics against the targets of issue 14
 * (performance >= 0.95, accessibility 1.0, layout shift <= 0.05): the median of `--runs`
 * runs, since the machine is shared.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pagePath } from '../../src/core/corpus/paths';
import { indexShardSchema, manifestSchema } from '../../src/core/schema';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { startServer } from './browser/gzipServer';
import { formatTable, quantile } from './lib/stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Its own build folder: `dist` (npm test, a running preview) is left alone.
const DIST = join(ROOT, '.cache', 'lighthouse-dist');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));

interface Scores {
  performance: number;
  accessibility: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  si: number;
}

function run(command: string, args: string[]): Promise<number | null> {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', resolve));
}

/** The pages to audit: the front page, its most quoted article, its most quoted person. */
async function pagesOf(): Promise<[string, string][]> {
  const read = async (path: string): Promise<unknown> =>
    JSON.parse(await readFile(join(DIST, 'data', path), 'utf8'));
  const manifest = manifestSchema.parse(await read('manifest.json'));
  const page = indexShardSchema.parse(await read(pagePath(manifest.pages, 0)));
  const [article] = [...page.records].sort((a, b) => b.quoteCount - a.quoteCount);
  const person = manifest.facets.people[0];
  if (!article || !person) throw new Error('the sample corpus has no article or no person');
  return [
    ['front page', '/'],
    ['reader', `/articles/${encodeURIComponent(article.id)}`],
    ['entity page', `/entities/${encodeURIComponent(person.id)}`],
  ];
}

async function audit(url: string): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    // LH_SAVE=<dir>: each report's JSON, to see where a page's time went.
    if (process.env.LH_SAVE) {
      const name = new URL(url).pathname.replace(/[^\w]+/g, '_') || '_';
      await writeFile(join(process.env.LH_SAVE, `${name}-${Date.now()}.json`), result.report);
    }
    const { categories, audits } = result.lhr;
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: categories.performance?.score ?? 0,
      accessibility: categories.accessibility?.score ?? 0,
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      fcp: metric('first-contentful-paint'),
      si: metric('speed-index'),
    };
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<void> {
  console.log(
    `load average at start: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')}`,
  );
  if (!values['no-build']) {
    console.log('building the sample corpus and the app…');
    if ((await run('npm', ['run', '--silent', 'ingest', '--', '--quiet'])) !== 0)
      throw new Error('the ingest failed');
    const vite = join(ROOT, 'node_modules/.bin/vite');
    if ((await run(vite, ['build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'])) !== 0)
      throw new Error('vite build failed');
  }
  const server = await startServer(DIST, join(DIST, 'data'));
  const rows: string[][] = [];
  let met = true;
  try {
    for (const [label, path] of await pagesOf()) {
      const results: Scores[] = [];
      for (let i = 0; i < runs; i++) results.push(await audit(`${server.url}${path}`));
      const median = (key: keyof Scores) =>
        quantile(
          results.map((result) => result[key]),
          0.5,
        );
      const performance = median('performance');
      const accessibility = median('accessibility');
      const cls = median('cls');
      const ok = performance >= 0.95 && accessibility === 1 && cls <= 0.05;
      met &&= ok;
      rows.push([
        label,
        results.map((result) => result.performance.toFixed(2)).join(' '),
        performance.toFixed(2),
        accessibility.toFixed(2),
        `${Math.round(median('fcp'))} ms`,
        `${Math.round(median('lcp'))} ms`,
        `${Math.round(median('tbt'))} ms`,
        cls.toFixed(3),
        `${Math.round(median('si'))} ms`,
        ok ? 'ok' : 'MISSED',
      ]);
    }
  } finally {
    await server.close();
  }
  console.log(
    `\nLighthouse (mobile defaults, simulated throttling), median of ${runs} run${runs === 1 ? '' : 's'}; targets: performance >= 0.95, accessibility 1.00, CLS <= 0.05\n`,
  );
  console.log(
    formatTable(
      [
        'page',
        'performance (each run)',
        'performance',
        'accessibility',
        'FCP',
        'LCP',
        'TBT',
        'CLS',
        'speed index',
        '',
      ],
      rows,
    ),
  );
  console.log(
    `\nload average at the end: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')}`,
  );
  if (!met) process.exitCode = 1;
}

await main();
