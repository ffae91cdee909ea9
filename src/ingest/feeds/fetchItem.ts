/**
 * One feed item -> one stored article, or a reported problem. The item is skipped when any of its
 * keys (link, GUID, then the page's canonical URL) is already stored or claimed by another item of
 * this run, so the same story in two feeds is fetched and stored once.
 */
import { InputError } from '../../core/input/errors';
import { articleOfItem, articleOfPage, type ItemContext } from './articleOf';
import { writeArticle, type StoredArticle } from './articleStore';
import { decodeBody } from './charset';
import type { FeedsRun } from './feedsRun';
import { FetchFailure } from './http/fetchFailure';
import { keysOf } from './itemKeys';

const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

/** Pages must be HTML: a PDF, an image or a feed is no page Readability can read. */
export function refuseNonHtml(contentType: string): string | undefined {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return undefined;
  return `not an HTML page (content type ${type || 'missing'})`;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Problems with the page or its text are the item's; anything else is a bug and is thrown. */
const isItemProblem = (error: unknown) =>
  error instanceof FetchFailure || error instanceof InputError;

async function fromPage(run: FeedsRun, link: string, context: ItemContext): Promise<StoredArticle> {
  const page = await run.fetcher.get({
    url: link,
    accept: HTML_ACCEPT,
    maxBytes: run.options.maxPageBytes,
    refuseType: refuseNonHtml,
    allow: (url) => run.robots.refusal(url),
  });
  run.result.pages += 1;
  return articleOfPage(decodeBody(page.bytes, page.contentType), page.url, context);
}

export async function fetchItem(run: FeedsRun, context: ItemContext): Promise<void> {
  const { item } = context;
  const token = `pending:${run.nextToken()}`;
  const itemKeys = keysOf({ urls: [item.link], guid: item.guid });
  if (itemKeys.some((key) => run.known.has(key))) {
    run.result.known += 1;
    return;
  }
  for (const key of itemKeys) run.known.set(key, token);
  const where = item.link ?? item.guid ?? item.title ?? '(an item without link, id or title)';
  let article: StoredArticle | undefined;
  let pageProblem: string | undefined;
  if (item.link) {
    try {
      article = await fromPage(run, item.link, context);
    } catch (error) {
      if (!isItemProblem(error)) throw error;
      pageProblem = reasonOf(error);
    }
  }
  if (!article) {
    try {
      article = articleOfItem(context);
      run.result.fromFeedContent += 1;
    } catch (error) {
      if (!isItemProblem(error)) throw error;
      const reason = pageProblem ? `${pageProblem}; ${reasonOf(error)}` : reasonOf(error);
      run.problem({ url: where, feed: context.feedUrl, reason });
      return;
    }
  }
  // The page may name a canonical URL another item of this run or an earlier one already has.
  const keys = keysOf({ urls: [article.url, item.link], guid: item.guid });
  if (keys.some((key) => run.known.has(key) && run.known.get(key) !== token)) {
    run.result.known += 1;
    return;
  }
  const path = await writeArticle(run.options.feedsDir, article);
  for (const key of keys) {
    run.known.set(key, path);
    run.state.stored[key] = path;
  }
  run.result.stored += 1;
}
