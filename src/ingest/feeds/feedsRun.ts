/** What one `--feeds` run shares between its feeds and items: options, fetcher, state, counts. */
import type { Reporter } from '../progress';
import type { FeedState } from './feedState';
import type { PoliteFetcher } from './http/politeFetcher';
import type { RobotsRules } from './http/robots';

export interface FeedsRunOptions {
  feedsDir: string;
  /** Items published before this are skipped (items without a date are kept). */
  since?: Date;
  /** At most this many items per feed, newest first. */
  maxItems?: number;
  maxPageBytes: number;
  maxFeedBytes: number;
  reporter: Reporter;
}

export interface FeedProblem {
  /** The feed, page or list line that failed. */
  url: string;
  /** The feed the page came from, for a page. */
  feed?: string;
  reason: string;
}

export interface FeedsResult {
  feeds: number;
  /** Feeds that answered 304 Not Modified. */
  notModified: number;
  /** New items found (after --since and --max-items), stored or not. */
  items: number;
  stored: number;
  /** Items skipped because they were stored before (or by another feed of this run). */
  known: number;
  /** Articles taken from the feed's own content because the page gave none. */
  fromFeedContent: number;
  /** Pages fetched successfully. */
  pages: number;
  /** Every request sent, retries and redirects included. */
  requests: number;
  problems: FeedProblem[];
}

export class FeedsRun {
  readonly result: FeedsResult = {
    feeds: 0,
    notModified: 0,
    items: 0,
    stored: 0,
    known: 0,
    fromFeedContent: 0,
    pages: 0,
    requests: 0,
    problems: [],
  };
  private tokens = 0;
  /** Feeds and items finished, for one progress line (two stages would interleave). */
  private done = 0;

  constructor(
    readonly options: FeedsRunOptions,
    readonly fetcher: PoliteFetcher,
    readonly robots: RobotsRules,
    readonly state: FeedState,
    /** Item key -> stored file, or a claim of an item still in flight. */
    readonly known: Map<string, string>,
  ) {}

  nextToken(): number {
    this.tokens += 1;
    return this.tokens;
  }

  problem(problem: FeedProblem): void {
    this.result.problems.push(problem);
    this.options.reporter.warn(describeProblem(problem));
  }

  /** One feed or item is finished; the total grows as feeds reveal their items. */
  stepDone(): void {
    this.done += 1;
    const total = this.result.feeds + this.result.items;
    this.options.reporter.progress('feeds', this.done, total, 'feeds and items');
  }
}

export function describeProblem(problem: FeedProblem): string {
  return problem.feed
    ? `${problem.url} (in ${problem.feed}): ${problem.reason}`
    : `${problem.url}: ${problem.reason}`;
}
