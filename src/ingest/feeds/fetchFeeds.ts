/**
 * `npm run ingest -- --feeds FILE|URL`: reads the feed list, asks each feed for what changed
 * (conditional requests), fetches each new item's page politely and stores the article as a
 * content file in the feeds folder, which the ingest then reads like any other. Problems are
 * reported with the feed or URL and the reason; they never stop the others. See README.md here.
 */
import { readFile } from 'node:fs/promises';
import { keysOfStoredFiles } from './articleStore';
import { decodeBody } from './charset';
import { feedsOfListText, isFeedUrl, looksLikeOpml, type FeedSource } from './feedList';
import { loadState, saveState } from './feedState';
import { FeedsRun, type FeedsResult, type FeedsRunOptions } from './feedsRun';
import { fetchItem } from './fetchItem';
import { FetchFailure } from './http/fetchFailure';
import { DEFAULT_POLICY, PoliteFetcher, type FetchPolicy } from './http/politeFetcher';
import { RobotsRules } from './http/robots';
import { FeedFormatError, parseFeedText, type FeedItem } from './parseFeed';

export interface FetchFeedsOptions extends Omit<FeedsRunOptions, 'maxPageBytes' | 'maxFeedBytes'> {
  /** A list file (OPML or one URL a line) or a URL (a feed, or an OPML list). */
  feeds: string;
  /** A URL (or mailto:) the User-Agent names, so publishers can reach whoever runs the fetch. */
  contact?: string;
  /** Overrides of the fetch policy (tests shorten the delays). */
  policy?: Partial<FetchPolicy>;
  maxPageBytes?: number;
  maxFeedBytes?: number;
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

export function userAgentOf(contact?: string): string {
  return `Broadsheet/1.0 (personal news reader${contact ? `; +${contact}` : ''})`;
}

/** Items after --since, then the newest --max-items of them (undated items count as oldest). */
export function selectItems(items: FeedItem[], since?: Date, maxItems?: number): FeedItem[] {
  const time = (item: FeedItem) => (item.published ? Date.parse(item.published) : -Infinity);
  let selected = since ? items.filter((item) => !item.published || time(item) >= +since) : items;
  if (maxItems !== undefined) {
    selected = selected
      .map((item, index) => ({ item, index }))
      .sort((a, b) => time(b.item) - time(a.item) || a.index - b.index)
      .slice(0, maxItems)
      .map(({ item }) => item);
  }
  return selected;
}

async function runFeed(run: FeedsRun, source: FeedSource, asArgument: boolean): Promise<void> {
  const remembered = run.state.feeds[source.url];
  const conditional = remembered && !remembered.list ? remembered : {};
  let text: string;
  let answeredUrl: string;
  try {
    const fetched = await run.fetcher.get({
      url: source.url,
      accept: FEED_ACCEPT,
      maxBytes: run.options.maxFeedBytes,
      ...conditional,
    });
    if (fetched.notModified) {
      run.result.notModified += 1;
      return;
    }
    text = decodeBody(fetched.bytes, fetched.contentType);
    answeredUrl = fetched.url;
    if (asArgument && looksLikeOpml(text)) {
      run.state.feeds[source.url] = { list: true };
      await runList(run, text, source.url);
      return;
    }
    const feed = parseFeedText(text, answeredUrl);
    const items = selectItems(feed.items, run.options.since, run.options.maxItems);
    run.result.items += items.length;
    const context = { feedUrl: source.url, feedTitle: feed.title ?? source.name };
    await Promise.all(
      items.map(async (item) => {
        await fetchItem(run, { ...context, item });
        run.stepDone();
      }),
    );
    // Remembered only once every item was dealt with: an interrupted run asks again in full.
    run.state.feeds[source.url] = {
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
    };
  } catch (error) {
    if (!(error instanceof FetchFailure || error instanceof FeedFormatError)) throw error;
    run.problem({ url: source.url, reason: error.message });
  }
}

async function runList(run: FeedsRun, text: string, where: string): Promise<void> {
  const list = feedsOfListText(text, where);
  for (const problem of list.problems) run.problem({ url: problem.where, reason: problem.reason });
  run.result.feeds += list.feeds.length;
  await Promise.all(
    list.feeds.map(async (feed) => {
      await runFeed(run, feed, false);
      run.stepDone();
    }),
  );
}

/**
 * Fetches every feed of `options.feeds` into `options.feedsDir`. Bad feeds, pages and list lines
 * are reported in the result, never thrown; only a list file that cannot be read is an error.
 */
export async function fetchFeeds(options: FetchFeedsOptions): Promise<FeedsResult> {
  const { state, problem } = await loadState(options.feedsDir);
  const fetcher = new PoliteFetcher({
    ...DEFAULT_POLICY,
    ...options.policy,
    userAgent: userAgentOf(options.contact),
  });
  const known = await keysOfStoredFiles(options.feedsDir);
  for (const [key, path] of Object.entries(state.stored)) known.set(key, path);
  const run = new FeedsRun(
    {
      ...options,
      maxPageBytes: options.maxPageBytes ?? 5 * 1024 * 1024,
      maxFeedBytes: options.maxFeedBytes ?? 10 * 1024 * 1024,
    },
    fetcher,
    new RobotsRules(fetcher),
    state,
    known,
  );
  if (problem) options.reporter.warn(problem);
  if (isFeedUrl(options.feeds)) {
    run.result.feeds += 1;
    await runFeed(run, { url: options.feeds }, true);
    run.stepDone();
  } else {
    let text: string;
    try {
      text = await readFile(options.feeds, 'utf8');
    } catch (error) {
      // No list at all is the caller's mistake, not the web's: stop before anything is fetched.
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot read the feed list ${options.feeds} (${reason})`);
    }
    await runList(run, text, options.feeds);
  }
  await saveState(options.feedsDir, state);
  run.result.requests = fetcher.requests;
  return run.result;
}
