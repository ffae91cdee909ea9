/**
 * What `--feeds` names, as a list of feed URLs: an OPML subscription list (what every feed reader
 * exports), a text file with one URL a line (`#` starts a comment), or a single feed URL. A URL
 * that serves an OPML list is read as one, so a published reading list works too.
 */
import { parseOpml } from 'feedsmith';

export interface FeedSource {
  url: string;
  /** The list's name for it (OPML `text`/`title`), a fallback outlet name. */
  name?: string;
}

export interface FeedList {
  feeds: FeedSource[];
  /** Lines or outlines that name no usable feed, each with where it is and why. */
  problems: { where: string; reason: string }[];
}

interface Outline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  outlines?: Outline[];
}

export const looksLikeOpml = (text: string) => /<opml[\s>]/i.test(text.slice(0, 2048));

function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads an OPML document; `where` names it in problems. */
export function feedsOfOpml(text: string, where: string): FeedList {
  let outlines: Outline[];
  try {
    const opml = parseOpml(text) as { body?: { outlines?: Outline[] } };
    outlines = opml.body?.outlines ?? [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { feeds: [], problems: [{ where, reason: `not a readable OPML list (${reason})` }] };
  }
  const list: FeedList = { feeds: [], problems: [] };
  const visit = (outline: Outline): void => {
    if (outline.xmlUrl !== undefined) {
      const url = httpUrl(outline.xmlUrl.trim());
      const name = (outline.title ?? outline.text)?.trim() || undefined;
      if (url) list.feeds.push({ url, ...(name ? { name } : {}) });
      else {
        list.problems.push({
          where,
          reason: `outline "${name ?? ''}": xmlUrl "${outline.xmlUrl}" is not an http(s) URL`,
        });
      }
    }
    outline.outlines?.forEach(visit);
  };
  outlines.forEach(visit);
  return list;
}

/** Reads a plain list: one URL a line, blank lines and `#` comments ignored. */
export function feedsOfLines(text: string, where: string): FeedList {
  const list: FeedList = { feeds: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const url = httpUrl(line);
    if (url) list.feeds.push({ url });
    else
      list.problems.push({
        where: `${where}:${index + 1}`,
        reason: `"${line}" is not an http(s) URL`,
      });
  });
  return list;
}

/** The feeds of a list file's text, OPML or plain. Duplicates are dropped (first one kept). */
export function feedsOfListText(text: string, where: string): FeedList {
  const list = looksLikeOpml(text) ? feedsOfOpml(text, where) : feedsOfLines(text, where);
  const seen = new Set<string>();
  return {
    feeds: list.feeds.filter((feed) => !seen.has(feed.url) && Boolean(seen.add(feed.url))),
    problems: list.problems,
  };
}

/** Whether `--feeds` is a URL (else a file path). */
export const isFeedUrl = (argument: string) => httpUrl(argument) !== undefined;
