// --max-items, --since, a single feed URL, an OPML list behind a URL, and dedupe by GUID when a
// feed changes, against a small local feed whose items the test can change between runs.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, entryOf, opmlList, rssFeed } from '../../../tests/feeds/documents';
import {
  answer,
  cacheable,
  startFixtureServer,
  type FixtureServer,
  type Handler,
} from '../../../tests/feeds/fixtureServer';
import { STORIES, type Story } from '../../../tests/feeds/stories';
import { createReporter } from '../progress';
import { STATE_FILE } from './feedState';
import { fetchFeeds, selectItems, type FetchFeedsOptions } from './fetchFeeds';

let server: FixtureServer;
let root: string;
const routes = new Map<string, Handler>();
const STORY_LIST: Story[] = [STORIES.kenya, STORIES.porto, STORIES.kumasi];

beforeAll(async () => {
  server = await startFixtureServer(routes);
  root = await mkdtemp(join(tmpdir(), 'broadsheet-feed-options-'));
  for (const story of STORY_LIST) {
    const url = `${server.origin}/s/${story.slug}`;
    routes.set(
      `/s/${story.slug}`,
      answer(
        200,
        { 'content-type': 'text/html' },
        articlePage(story, { outlet: 'Ledger (sample)', url, metadata: 'json-ld' }),
      ),
    );
  }
  publish(STORY_LIST.map((story) => entryOf(story, `/s/${story.slug}`, `guid-${story.slug}`)));
  routes.set(
    '/list.opml',
    answer(
      200,
      { 'content-type': 'text/x-opml' },
      opmlList([{ title: 'Ledger', url: `${server.origin}/feed.rss` }]),
    ),
  );
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function publish(entries: ReturnType<typeof entryOf>[]): void {
  routes.set(
    '/feed.rss',
    cacheable(rssFeed('Ledger (sample)', server.origin, entries), 'application/rss+xml'),
  );
}

async function run(feedsDir: string, options: Partial<FetchFeedsOptions> = {}) {
  return fetchFeeds({
    feeds: `${server.origin}/feed.rss`,
    feedsDir,
    policy: { delayMs: 0, backoffBaseMs: 50 },
    reporter: createReporter({ quiet: true, write: () => undefined }),
    ...options,
  });
}

async function storedNames(feedsDir: string): Promise<string[]> {
  const names: string[] = [];
  for (const outlet of await readdir(feedsDir, { withFileTypes: true })) {
    if (outlet.isDirectory()) names.push(...(await readdir(join(feedsDir, outlet.name))));
  }
  return names.map((name) => name.replace(/-[0-9a-f]{8}\.json$/, '')).sort();
}

describe('feed options', () => {
  it('--max-items keeps the newest items of each feed', async () => {
    const dir = join(root, 'max');
    const result = await run(dir, { maxItems: 2 });
    expect(result).toMatchObject({ items: 2, stored: 2 });
    // Kumasi (2 Dec 14:00) and Porto (2 Dec 09:00) are newer than Kenya (1 Dec).
    expect(await storedNames(dir)).toEqual([
      'porto-river-ferries-add-late-crossings-for-night-shift',
      'traders-return-to-kumasi-market-hall-after-roof-repairs',
    ]);
  });

  it('--since skips items published before the date', async () => {
    const dir = join(root, 'since');
    const result = await run(dir, { since: new Date('2026-12-02T12:00:00Z') });
    expect(result).toMatchObject({ items: 1, stored: 1 });
    expect(await storedNames(dir)).toEqual([
      'traders-return-to-kumasi-market-hall-after-roof-repairs',
    ]);
  });

  it('reads an OPML list served at a URL', async () => {
    const dir = join(root, 'opml');
    const result = await run(dir, { feeds: `${server.origin}/list.opml` });
    expect(result).toMatchObject({ feeds: 2, stored: 3, problems: [] });
  });

  it('reads a text file with one feed URL a line; a list that cannot be read is an error', async () => {
    const list = join(root, 'feeds.txt');
    await writeFile(list, `# my news\n${server.origin}/feed.rss\n`);
    expect(await run(join(root, 'lines'), { feeds: list })).toMatchObject({ feeds: 1, stored: 3 });
    await expect(run(join(root, 'none'), { feeds: join(root, 'missing.txt') })).rejects.toThrow(
      /^cannot read the feed list .*missing\.txt \(ENOENT/,
    );
  });

  it('recognises a stored item by its GUID when its link changes, even without the state file', async () => {
    const dir = join(root, 'guid');
    await run(dir);
    // The feed changes: Kenya's link moves (same GUID), and a new story appears.
    publish([
      entryOf(STORIES.kenya, '/s/moved-kiosks-story', `guid-${STORIES.kenya.slug}`),
      ...[STORIES.porto, STORIES.kumasi, STORIES.halifax].map((story) =>
        entryOf(story, `/s/${story.slug}`, `guid-${story.slug}`),
      ),
    ]);
    routes.set(
      `/s/${STORIES.halifax.slug}`,
      answer(
        200,
        { 'content-type': 'text/html' },
        articlePage(STORIES.halifax, {
          outlet: 'Ledger (sample)',
          url: `${server.origin}/s/${STORIES.halifax.slug}`,
          metadata: 'markup',
        }),
      ),
    );
    // A state file this version cannot read: the stored files still say what is stored.
    await writeFile(join(dir, STATE_FILE), '{ "version": 0 }');
    const before = server.log.length;
    const result = await run(dir);
    const asked = server.log.slice(before).map((entry) => entry.path);
    expect(asked).not.toContain('/s/moved-kiosks-story');
    expect(asked.filter((path) => path.startsWith('/s/'))).toEqual([`/s/${STORIES.halifax.slug}`]);
    expect(result).toMatchObject({ items: 4, stored: 1, known: 3 });
  });
});

describe('selectItems', () => {
  const items = [
    { title: 'old', published: '2026-11-01T00:00:00.000Z' },
    { title: 'undated' },
    { title: 'new', published: '2026-12-05T00:00:00.000Z' },
  ];
  it('keeps undated items after --since, and counts them oldest for --max-items', () => {
    expect(selectItems(items, new Date('2026-12-01')).map((item) => item.title)).toEqual([
      'undated',
      'new',
    ]);
    expect(selectItems(items, undefined, 2).map((item) => item.title)).toEqual(['new', 'old']);
  });
});
