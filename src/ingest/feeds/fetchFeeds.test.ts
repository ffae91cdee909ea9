// The feeds against a local fixture web (tests/feeds/fixtureSite.ts): what is stored, what is
// reported, and what the server was asked, on a first run and on a second one that must ask for
// no page and get 304 for every feed. Nothing leaves 127.0.0.1.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opmlList } from '../../../tests/feeds/documents';
import { startFixtureServer, type FixtureServer } from '../../../tests/feeds/fixtureServer';
import {
  COURIER,
  feedListOf,
  fixtureRoutes,
  LEDGER,
  PAGE_PATHS,
  PATHS,
  TEST_MAX_PAGE_BYTES,
} from '../../../tests/feeds/fixtureSite';
import { STORIES } from '../../../tests/feeds/stories';
import { parseInput } from '../inputs/parseInput';
import { createReporter } from '../progress';
import type { StoredArticle } from './articleStore';
import { STATE_FILE } from './feedState';
import type { FeedsResult } from './feedsRun';
import { fetchFeeds } from './fetchFeeds';

let server: FixtureServer;
let dir: string;
let routes: ReturnType<typeof fixtureRoutes>;

beforeAll(async () => {
  server = await startFixtureServer((path) => routes.get(path));
  routes = fixtureRoutes(server.origin);
  dir = await mkdtemp(join(tmpdir(), 'broadsheet-feeds-'));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(feeds: string): Promise<{ result: FeedsResult; warnings: string[] }> {
  const warnings: string[] = [];
  const result = await fetchFeeds({
    feeds,
    feedsDir: join(dir, 'feeds'),
    contact: 'mailto:tests@example.org',
    // Short waits keep the test quick; the timeout stays generous because the slow page never
    // answers at all, so a busy machine cannot turn a good page into a timeout.
    policy: { timeoutMs: 8_000, backoffBaseMs: 50, delayMs: 10 },
    maxPageBytes: TEST_MAX_PAGE_BYTES,
    reporter: createReporter({ quiet: true, write: (text) => warnings.push(text.trim()) }),
  });
  return { result, warnings };
}

async function storedArticles(): Promise<Map<string, { path: string; article: StoredArticle }>> {
  const found = new Map<string, { path: string; article: StoredArticle }>();
  const root = join(dir, 'feeds');
  for (const outlet of await readdir(root, { withFileTypes: true })) {
    if (!outlet.isDirectory()) continue;
    for (const name of await readdir(join(root, outlet.name))) {
      const path = join(root, outlet.name, name);
      const article = JSON.parse(await readFile(path, 'utf8')) as StoredArticle;
      found.set(article.title, { path, article });
    }
  }
  return found;
}

const url = (path: string) => `${server.origin}${path}`;

describe('fetching the fixture feeds', () => {
  let first: { result: FeedsResult; warnings: string[] };
  let firstRequests = 0;

  it('stores every readable story once, with its outlet, original URL and metadata', async () => {
    const list = join(dir, 'subscriptions.opml');
    await writeFile(list, opmlList(feedListOf(server.origin)));
    first = await run(list);
    firstRequests = server.log.length;
    const stored = await storedArticles();
    const expected = [
      STORIES.kenya,
      STORIES.porto,
      STORIES.kumasi,
      STORIES.halifax,
      STORIES.vietnam,
      STORIES.chile,
      STORIES.iceland,
      STORIES.lyon,
      STORIES.dunedin,
    ].map((story) => story.title);
    expect([...stored.keys()].sort()).toEqual([...expected].sort());
    expect(first.result).toMatchObject({ feeds: 5, stored: 9, known: 1, fromFeedContent: 1 });

    const kenya = stored.get(STORIES.kenya.title)?.article;
    // JSON-LD: canonical URL (no tracking parameter), publisher, author, date.
    expect(kenya).toMatchObject({
      url: url(PATHS.kenya),
      source: { name: LEDGER },
      byline: STORIES.kenya.byline,
      published: STORIES.kenya.published,
      feed: url(PATHS.rss),
      guid: 'ledger-nakuru-kiosks',
    });
    expect(kenya?.body).toEqual(STORIES.kenya.paragraphs);
    // A relative link in RSS, resolved against the feed; Open Graph metadata.
    expect(stored.get(STORIES.porto.title)?.article).toMatchObject({
      url: url(PATHS.porto),
      source: { name: LEDGER },
      published: STORIES.porto.published,
    });
    // Atom's xml:base and a redirect: the page's own URL is stored.
    expect(stored.get(STORIES.chile.title)?.article.url).toBe(url(PATHS.chile));
    expect(stored.get(STORIES.vietnam.title)?.article.body).toEqual(STORIES.vietnam.paragraphs);
    // windows-1252: declared in the header (Lyon), only in the page (Akureyri).
    expect(stored.get(STORIES.lyon.title)?.article.body).toEqual(STORIES.lyon.paragraphs);
    const iceland = stored.get(STORIES.iceland.title)?.article;
    expect(iceland?.body).toEqual(STORIES.iceland.paragraphs);
    expect(iceland).toMatchObject({ byline: STORIES.iceland.byline, source: { name: COURIER } });
    // The page is an empty shell; the JSON Feed item carries the whole text.
    expect(stored.get(STORIES.dunedin.title)?.article).toMatchObject({
      url: url(PATHS.dunedin),
      body: STORIES.dunedin.paragraphs,
      source: { name: COURIER },
    });
    // Every stored file is an article the ingest reads, by the same parser as content files.
    for (const { path } of stored.values()) {
      const input = parseInput('x', '.json', await readFile(path));
      expect(input.source?.name).toMatch(/\(sample\)$/);
      expect(input.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    }
  }, 120_000);

  it('reports each failure with its URL, its feed and the reason', () => {
    const reasons = new Map(first.result.problems.map((p) => [p.url, p]));
    const expectations: [string, RegExp, string?][] = [
      [url(PATHS.notXml), /not an RSS, Atom or JSON feed/],
      [url(PATHS.goneFeed), /^HTTP 404/],
      [url(PATHS.missing), /^HTTP 404/, url(PATHS.rss)],
      [url(PATHS.loopA), /more than 5 redirects/, url(PATHS.rss)],
      [url(PATHS.slow), /timeout/, url(PATHS.rss)],
      [url(PATHS.huge), /larger than the cap of 256 KB/, url(PATHS.rss)],
      [url(PATHS.pdf), /not an HTML page \(content type application\/pdf\)/, url(PATHS.rss)],
      [
        url(PATHS.disallowed),
        /disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/,
        url(PATHS.rss),
      ],
      [url(PATHS.teaserOnly), /no main text.*only a summary \(\d+ words\)/, url(PATHS.json)],
    ];
    for (const [where, reason, feed] of expectations) {
      const problem = reasons.get(where);
      expect(problem?.reason, where).toMatch(reason);
      expect(problem?.feed, where).toBe(feed);
      // Reported as it happened, naming the URL (and its feed).
      const line = `${where}${feed ? ` (in ${feed})` : ''}: ${problem?.reason ?? ''}`;
      expect(first.warnings).toContain(line);
    }
    expect(first.result.problems).toHaveLength(expectations.length);
  });

  it('asked the server politely', () => {
    const log = server.log.slice(0, firstRequests);
    const asked = (path: string) => log.filter((entry) => entry.path === path);
    expect(asked(PATHS.disallowed)).toHaveLength(0);
    expect(asked(PATHS.robots)).toHaveLength(1);
    expect(asked(PATHS.failsOnce).map((entry) => entry.status)).toEqual([500, 200]);
    const [limited, retried] = asked(PATHS.rateLimitedOnce);
    expect([limited?.status, retried?.status]).toEqual([429, 200]);
    // Retry-After: 1 was honoured (a lower bound only, so a busy machine cannot fail it).
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    // The loop is followed up to the cap and no further; a PDF is not asked twice.
    expect(asked(PATHS.loopA).length + asked(PATHS.loopB).length).toBe(6);
    expect(asked(PATHS.pdf)).toHaveLength(1);
    // The Kenya story is in two feeds and was fetched once.
    expect(asked(PATHS.kenya)).toHaveLength(1);
    for (const entry of log) {
      expect(entry.userAgent).toBe(
        'Broadsheet/1.0 (personal news reader; +mailto:tests@example.org)',
      );
    }
  });

  it('asks for no page on a second run, and gets 304 for every feed it read', async () => {
    const before = await storedArticles();
    const state = JSON.parse(await readFile(join(dir, 'feeds', STATE_FILE), 'utf8')) as {
      feeds: Record<string, { etag?: string }>;
    };
    expect(Object.keys(state.feeds).sort()).toEqual(
      [url(PATHS.atom), url(PATHS.json), url(PATHS.rss)].sort(),
    );
    const second = await run(join(dir, 'subscriptions.opml'));
    const log = server.log.slice(firstRequests);
    expect(log.filter((entry) => PAGE_PATHS.includes(entry.path))).toEqual([]);
    expect(log.filter((entry) => entry.path === PATHS.robots)).toEqual([]);
    for (const feed of [PATHS.rss, PATHS.atom, PATHS.json]) {
      const asked = log.filter((entry) => entry.path === feed);
      expect(
        asked.map((entry) => entry.status),
        feed,
      ).toEqual([304]);
      expect(asked[0]?.ifNoneMatch, feed).toBe(state.feeds[url(feed)]?.etag);
    }
    expect(second.result).toMatchObject({ notModified: 3, stored: 0, pages: 0 });
    // The broken feeds are still reported, every time.
    expect(second.result.problems.map((p) => p.url).sort()).toEqual(
      [url(PATHS.goneFeed), url(PATHS.notXml)].sort(),
    );
    expect([...(await storedArticles()).keys()].sort()).toEqual([...before.keys()].sort());
  }, 60_000);
});
