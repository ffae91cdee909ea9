/**
 * `npm run bench:feeds [-- --items 1000 --feeds 10 --delay-ms 0]`: the feeds step against a local
 * server (127.0.0.1) serving generated feeds and pages (synthetic articles, tests/synthetic).
 * Prints items per second of a first run (feeds parsed, robots.txt read, every page fetched,
 * extracted with Readability and stored), against a baseline measured in the same run: the same
 * pages fetched two at a time and extracted with the same parser, with no politeness, no feeds and
 * no files (200 pages before the first run and 200 after it, so that a machine whose load drifts
 * during the run weighs on both sides alike). Then a second run, which must ask only the feeds (304) and no page.
 * The politeness delay is 0 by default here, to measure the machinery: with the real default
 * (500 ms between requests to one host) a single host gives at most 2 pages a second, by design.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHtml } from '../../src/core/input/html';
import { parseMarkdown } from '../../src/core/input/markdown';
import { fetchFeeds } from '../../src/ingest/feeds/fetchFeeds';
import { jsdomAdapter } from '../../src/ingest/inputs/jsdomAdapter';
import { createReporter } from '../../src/ingest/progress';
import { articlePage, entryOf, rssFeed } from '../feeds/documents';
import { answer, cacheable, startFixtureServer, type Handler } from '../feeds/fixtureServer';
import type { Story } from '../feeds/stories';
import { syntheticArticle } from '../synthetic/generate';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '1000' },
    feeds: { type: 'string', default: '10' },
    'delay-ms': { type: 'string', default: '0' },
  },
});
const ITEMS = Number(values.items);
const FEEDS = Number(values.feeds);
const DELAY_MS = Number(values['delay-ms']);

function storyOf(index: number): Story {
  const { meta, paragraphs } = parseMarkdown(syntheticArticle(index));
  return {
    slug: `story-${index}`,
    title: String(meta.title),
    byline: String(meta.byline),
    published: `${String(meta.published)}T08:00:00Z`,
    paragraphs,
    teaser: paragraphs[0] ?? '',
  };
}

function site(origin: string): { routes: Map<string, Handler>; pages: string[] } {
  const routes = new Map<string, Handler>();
  const pages: string[] = [];
  routes.set(
    '/robots.txt',
    answer(200, { 'content-type': 'text/plain' }, 'User-agent: *\nAllow: /\n'),
  );
  for (let feed = 0; feed < FEEDS; feed += 1) {
    const entries = [];
    for (let index = feed; index < ITEMS; index += FEEDS) {
      const story = storyOf(index);
      const path = `/outlet-${feed}/${story.slug}`;
      const outlet = `Synthetic Outlet ${feed} (sample)`;
      routes.set(
        path,
        answer(
          200,
          { 'content-type': 'text/html; charset=utf-8' },
          articlePage(story, { outlet, url: `${origin}${path}`, metadata: 'json-ld' }),
        ),
      );
      pages.push(`${origin}${path}`);
      entries.push(entryOf(story, path, `synthetic-${index}`));
    }
    routes.set(
      `/outlet-${feed}/feed.rss`,
      cacheable(
        rssFeed(`Synthetic Outlet ${feed} (sample)`, origin, entries),
        'application/rss+xml',
      ),
    );
  }
  return { routes, pages };
}

/** The baseline: each page fetched (two at a time) and extracted; nothing else. */
async function baseline(pages: string[]): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const url = pages[next++] as string;
      const html = await (await fetch(url)).text();
      parseHtml(html, jsdomAdapter);
    }
  };
  await Promise.all([worker(), worker()]);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  let routes = new Map<string, Handler>();
  const server = await startFixtureServer((path) => routes.get(path));
  const built = site(server.origin);
  routes = built.routes;
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-bench-feeds-'));
  const list = join(dir, 'feeds.txt');
  await writeFile(
    list,
    Array.from({ length: FEEDS }, (_, feed) => `${server.origin}/outlet-${feed}/feed.rss`).join(
      '\n',
    ),
  );
  const options = {
    feeds: list,
    feedsDir: join(dir, 'feeds'),
    policy: { delayMs: DELAY_MS },
    reporter: createReporter({ quiet: true }),
  };
  try {
    console.log(
      `${ITEMS} items in ${FEEDS} RSS feeds on ${server.origin}; delay between requests to a host: ${DELAY_MS} ms`,
    );
    const sample = Math.min(200, Math.ceil(built.pages.length / 2));
    const before = await baseline(built.pages.slice(0, sample));
    const beforeFirst = server.log.length;
    const firstStart = performance.now();
    const first = await fetchFeeds(options);
    const firstSeconds = (performance.now() - firstStart) / 1000;
    const firstRequests = server.log.length - beforeFirst;
    const after = await baseline(built.pages.slice(-sample));
    const beforeSecond = server.log.length;
    const second = await fetchFeeds(options);
    const secondLog = server.log.slice(beforeSecond);
    const pageRequests = secondLog.filter((entry) => !entry.path.endsWith('/feed.rss')).length;
    const notModified = secondLog.filter((entry) => entry.status === 304).length;
    const rate = first.stored / firstSeconds;
    const baseRate = (2 * sample) / (before + after);
    console.log(
      [
        `first run:  ${first.stored} of ${ITEMS} items stored in ${firstSeconds.toFixed(1)} s = ${rate.toFixed(1)} items/s (${firstRequests} requests, ${first.problems.length} problems)`,
        `baseline:   ${2 * sample} pages fetched and extracted, nothing else (${sample} before the first run, ${sample} after) in ${(before + after).toFixed(1)} s = ${baseRate.toFixed(1)} pages/s`,
        `ratio:      first run / baseline = ${(rate / baseRate).toFixed(2)} (what the feeds add: feed parsing, robots.txt, dedupe, page metadata, validation, writes)`,
        `second run: ${secondLog.length} requests (${notModified} answered 304), ${pageRequests} pages, ${second.stored} stored`,
      ].join('\n'),
    );
    if (first.stored !== ITEMS || pageRequests !== 0 || second.stored !== 0) {
      console.error('unexpected: every item should be stored once and the second run ask no page');
      process.exitCode = 1;
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
