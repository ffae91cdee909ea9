/**
 * A feed's text -> its title and items, whatever the format: RSS 2.0 (and RDF/RSS 1.0), Atom or
 * JSON Feed, parsed by `feedsmith` (chosen over rss-parser and a hand mapping of fast-xml-parser:
 * see README.md here). Links are made absolute against Atom's xml:base and the feed's own URL;
 * dates become ISO 8601. Only what an article needs is kept.
 */
import { parseFeed as parseAnyFeed } from 'feedsmith';

export interface FeedItem {
  /** GUID (RSS), id (Atom, JSON Feed), when the feed gives one. */
  guid?: string;
  /** The item's page, absolute. */
  link?: string;
  title?: string;
  /** ISO 8601. */
  published?: string;
  author?: string;
  /** The item's full content (content:encoded, Atom content, content_html), HTML. */
  content?: string;
  /** A summary or description, HTML (RSS often puts a teaser here, sometimes everything). */
  summary?: string;
}

export interface ParsedFeed {
  format: string;
  title?: string;
  items: FeedItem[];
}

/** Thrown for a document that is not a feed; the message is the reason. */
export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

interface Named {
  name?: string;
}
interface LooseItem {
  // RSS and RDF
  title?: string | { value?: string };
  link?: string;
  description?: string;
  authors?: (string | Named)[];
  author?: Named;
  guid?: { value?: string };
  pubDate?: string;
  dc?: { creators?: string[]; dates?: string[]; date?: string };
  content?: { encoded?: string; value?: string; type?: string };
  // Atom
  id?: string;
  links?: { href?: string; rel?: string }[];
  published?: string;
  updated?: string;
  summary?: string | { value?: string; type?: string };
  xml?: { base?: string };
  // JSON Feed
  url?: string;
  content_html?: string;
  content_text?: string;
  date_published?: string;
}
interface LooseFeed {
  title?: string | { value?: string };
  items?: LooseItem[];
  entries?: LooseItem[];
  xml?: { base?: string };
}

function textOf(value: string | { value?: string } | undefined): string | undefined {
  const text = typeof value === 'string' ? value : value?.value;
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

function absolute(link: string | undefined, base: string): string | undefined {
  if (!link?.trim()) return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as HTML paragraphs, so every content goes through the one HTML path. */
function plainToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join('\n');
}

function authorOf(item: LooseItem): string | undefined {
  const people = [...(item.authors ?? []), ...(item.author ? [item.author] : [])];
  const names = people
    .map((person) => (typeof person === 'string' ? person : person.name))
    .filter((name): name is string => Boolean(name?.trim()))
    // RSS <author> is "email (Name)": the name is what a byline needs.
    .map((name) => /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? name);
  return names[0] ?? item.dc?.creators?.[0];
}

function rssItem(item: LooseItem, base: string): FeedItem {
  return {
    guid: textOf(item.guid?.value),
    link: absolute(item.link, base),
    title: textOf(item.title),
    published: isoDate(item.pubDate ?? item.dc?.dates?.[0] ?? item.dc?.date),
    author: authorOf(item),
    content: item.content?.encoded,
    summary: item.description,
  };
}

function atomItem(entry: LooseItem, feedBase: string): FeedItem {
  const base = absolute(entry.xml?.base, feedBase) ?? feedBase;
  const alternate =
    entry.links?.find((link) => !link.rel || link.rel === 'alternate') ?? entry.links?.[0];
  const asHtml = (text?: string | { value?: string; type?: string }) =>
    typeof text === 'string'
      ? plainToHtml(text)
      : text?.value === undefined
        ? undefined
        : text.type === 'html' || text.type === 'xhtml'
          ? text.value
          : plainToHtml(text.value);
  return {
    guid: textOf(entry.id),
    link: absolute(alternate?.href, base),
    title: textOf(entry.title),
    published: isoDate(entry.published ?? entry.updated),
    author: authorOf(entry),
    content: asHtml(entry.content),
    summary: asHtml(entry.summary),
  };
}

function jsonItem(item: LooseItem, base: string): FeedItem {
  return {
    guid: item.id === undefined ? undefined : String(item.id),
    link: absolute(item.url, base),
    title: textOf(item.title),
    published: isoDate(item.date_published),
    author: authorOf(item),
    content: item.content_html ?? (item.content_text ? plainToHtml(item.content_text) : undefined),
    summary: typeof item.summary === 'string' ? plainToHtml(item.summary) : undefined,
  };
}

/** Drops the fields a format left empty, so items compare and serialise cleanly. */
function compact(item: FeedItem): FeedItem {
  return Object.fromEntries(
    Object.entries(item).filter(([, value]) => value !== undefined && value !== ''),
  ) as FeedItem;
}

/** Parses a feed fetched from `feedUrl` (the base of its relative links). */
export function parseFeedText(text: string, feedUrl: string): ParsedFeed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseAnyFeed(text) as { format: string; feed: unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedFormatError(`not an RSS, Atom or JSON feed (${reason})`);
  }
  const feed = parsed.feed as LooseFeed;
  const base = absolute(feed.xml?.base, feedUrl) ?? feedUrl;
  const items =
    parsed.format === 'atom'
      ? (feed.entries ?? []).map((entry) => atomItem(entry, base))
      : parsed.format === 'json'
        ? (feed.items ?? []).map((item) => jsonItem(item, base))
        : (feed.items ?? []).map((item) => rssItem(item, base));
  return { format: parsed.format, title: textOf(feed.title), items: items.map(compact) };
}
