/**
 * A feed item and its page -> the article to store. The text comes from the one HTML path of the
 * project (`parseHtml` of src/core/input, Readability on the ingest's jsdom adapter), the same the
 * import page uses. Metadata: the page's JSON-LD, then Open Graph, then its markup (pageMetadata),
 * then the feed item; the outlet is the publisher's name, else the feed's title, else its host.
 * When the page gives no article, the item's own content is used if it holds the full text.
 */
import { InputError } from '../../core/input/errors';
import { parseHtml, type HtmlDom } from '../../core/input/html';
import { checkDate, toArticleInput, type LooseMetadata } from '../../core/input/metadata';
import { pageMetadata, type PageMetadata } from '../../core/input/pageMetadata';
import { jsdomAdapter } from '../inputs/jsdomAdapter';
import type { StoredArticle } from './articleStore';
import type { FeedItem } from './parseFeed';

/** Fewer words than this in an item's content is a teaser, not the article. */
export const FULL_TEXT_WORDS = 150;

export interface ItemContext {
  item: FeedItem;
  feedUrl: string;
  /** The feed's title, or the list's name for it. */
  feedTitle?: string;
}

/** An ISO date for the stored file, or nothing: a date nobody can read is no date. */
function usableDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return checkDate(value);
  } catch {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
}

function outletOf(context: ItemContext, pageOutlet: string | undefined, url: string): string {
  return pageOutlet ?? context.feedTitle ?? new URL(url).hostname;
}

function finish(
  context: ItemContext,
  fields: { title?: string; published?: string; byline?: string; language?: string },
  outlet: string,
  url: string,
  paragraphs: string[],
): StoredArticle {
  const meta: LooseMetadata = {
    title: fields.title,
    published: usableDate(fields.published),
    source: { name: outlet },
    byline: fields.byline,
    url,
    language: fields.language,
  };
  // The same checks as any content file, so what is stored is sure to be ingested.
  const input = toArticleInput('feed-item', { meta, paragraphs });
  return {
    title: input.title ?? '',
    ...(input.published ? { published: input.published } : {}),
    source: { name: outlet },
    ...(input.byline ? { byline: input.byline } : {}),
    url,
    ...(input.language ? { language: input.language } : {}),
    body: input.body.split('\n'),
    feed: context.feedUrl,
    ...(context.item.guid ? { guid: context.item.guid } : {}),
    fetched: new Date().toISOString(),
  };
}

/** The article of a fetched page; throws InputError when the page holds none. */
export function articleOfPage(html: string, pageUrl: string, context: ItemContext): StoredArticle {
  // The page's metadata is read from the document parseHtml parses first (the page itself),
  // before it removes the scripts that hold JSON-LD: one jsdom parse of the page, not two.
  let page: PageMetadata = {};
  let first = true;
  const dom: HtmlDom = {
    parse: (text) => {
      const document = jsdomAdapter.parse(text);
      if (first) page = pageMetadata(document, pageUrl);
      first = false;
      return document;
    },
    release: jsdomAdapter.release,
  };
  const parsed = parseHtml(html, dom);
  const { item } = context;
  const url = page.canonicalUrl ?? pageUrl;
  return finish(
    context,
    {
      title: page.title ?? item.title ?? (parsed.meta.title as string | undefined),
      published: page.published ?? item.published ?? (parsed.meta.published as string | undefined),
      byline: page.byline ?? (parsed.meta.byline as string | undefined) ?? item.author,
      language: page.language,
    },
    outletOf(context, page.outlet, url),
    url,
    parsed.paragraphs,
  );
}

const wordCount = (paragraphs: string[]) =>
  paragraphs.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).filter(Boolean).length, 0);

/**
 * The article of the item's own content, when it holds the full text; otherwise throws an
 * InputError saying why (no content, or a teaser of N words).
 */
export function articleOfItem(context: ItemContext): StoredArticle {
  const { item } = context;
  const html = item.content ?? item.summary;
  if (!html?.trim()) throw new InputError('the feed item has no content of its own');
  // A description in plain text (no tags) is one paragraph, not a document without blocks.
  const markup = /<[a-z]/i.test(html) ? html : `<p>${html}</p>`;
  let paragraphs: string[];
  try {
    paragraphs = parseHtml(`<html><body>${markup}</body></html>`, jsdomAdapter).paragraphs;
  } catch {
    throw new InputError('the feed item has no text of its own');
  }
  const words = wordCount(paragraphs);
  if (words < FULL_TEXT_WORDS) {
    throw new InputError(
      `the feed item holds only a summary (${words} ${words === 1 ? 'word' : 'words'}), not the article`,
    );
  }
  const url = item.link ?? context.feedUrl;
  return finish(
    context,
    { title: item.title, published: item.published, byline: item.author },
    outletOf(context, undefined, url),
    url,
    paragraphs,
  );
}
