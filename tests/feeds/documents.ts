/**
 * Builders of the fixture documents: article pages (with JSON-LD, Open Graph or plain markup),
 * RSS 2.0, Atom, JSON Feed and OPML. Used by the fixture site of the tests and by the benchmark.
 */
import { SAMPLE_NOTE, type Story } from './stories';

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageOptions {
  outlet: string;
  /** The page's own address, for JSON-LD and canonical links. */
  url: string;
  metadata: 'json-ld' | 'open-graph' | 'markup';
  /** Declared in `<meta charset>` (the header may say something else, or nothing). */
  metaCharset?: string;
}

function metadataOf(story: Story, options: PageOptions): string {
  if (options.metadata === 'json-ld') {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.title,
      datePublished: story.published,
      author: [{ '@type': 'Person', name: story.byline }],
      publisher: { '@type': 'Organization', name: options.outlet },
      url: options.url,
    };
    return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  }
  if (options.metadata === 'open-graph') {
    return [
      `<meta property="og:title" content="${escapeXml(story.title)}">`,
      `<meta property="og:site_name" content="${escapeXml(options.outlet)}">`,
      `<meta property="og:url" content="${escapeXml(options.url)}">`,
      `<meta property="article:published_time" content="${story.published}">`,
      `<meta name="author" content="${escapeXml(story.byline)}">`,
    ].join('\n');
  }
  return '';
}

/** A news page: navigation, the article (headline, byline, date, paragraphs), a footer. */
export function articlePage(story: Story, options: PageOptions): string {
  const charset = options.metaCharset ? `<meta charset="${options.metaCharset}">` : '';
  return `<!doctype html>
<html lang="en"><head>${charset}
<title>${escapeXml(story.title)} | ${escapeXml(options.outlet)}</title>
${metadataOf(story, options)}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<main><article>
<h1>${escapeXml(story.title)}</h1>
<p class="byline">By ${escapeXml(story.byline)}</p>
<time datetime="${story.published}">${story.published.slice(0, 10)}</time>
${story.paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join('\n')}
</article></main>
<footer><p>${escapeXml(SAMPLE_NOTE)}</p></footer>
</body></html>`;
}

/** A page with no article at all: a script-rendered shell, as some sites serve. */
export const emptyShell = `<!doctype html><html><head><title>Loading…</title></head>
<body><div id="root"></div><script>/* the article would be drawn here */</script></body></html>`;

export interface FeedEntry {
  title: string;
  link: string;
  guid: string;
  published: string;
  author?: string;
  summary: string;
  /** Full content, HTML. */
  content?: string;
}

export function rssFeed(title: string, link: string, entries: FeedEntry[]): string {
  const items = entries.map(
    (entry) => `<item>
<title>${escapeXml(entry.title)}</title>
<link>${escapeXml(entry.link)}</link>
<guid isPermaLink="false">${escapeXml(entry.guid)}</guid>
<pubDate>${new Date(entry.published).toUTCString()}</pubDate>
${entry.author ? `<dc:creator>${escapeXml(entry.author)}</dc:creator>` : ''}
<description>${escapeXml(entry.summary)}</description>
${entry.content ? `<content:encoded><![CDATA[${entry.content}]]></content:encoded>` : ''}
</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${escapeXml(title)}</title><link>${escapeXml(link)}</link>
<description>${escapeXml(SAMPLE_NOTE)}</description>
${items.join('\n')}
</channel></rss>`;
}

/** An Atom feed; `base` becomes xml:base, so entries may use relative links. */
export function atomFeed(title: string, base: string, entries: FeedEntry[]): string {
  const items = entries.map(
    (entry) => `<entry>
<id>${escapeXml(entry.guid)}</id>
<title>${escapeXml(entry.title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
<published>${entry.published}</published><updated>${entry.published}</updated>
${entry.author ? `<author><name>${escapeXml(entry.author)}</name></author>` : ''}
<summary>${escapeXml(entry.summary)}</summary>
${entry.content ? `<content type="html">${escapeXml(entry.content)}</content>` : ''}
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${escapeXml(base)}">
<title>${escapeXml(title)}</title><id>${escapeXml(base)}</id><updated>2026-12-07T08:00:00Z</updated>
<subtitle>${escapeXml(SAMPLE_NOTE)}</subtitle>
${items.join('\n')}
</feed>`;
}

export function jsonFeed(title: string, feedUrl: string, entries: FeedEntry[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    feed_url: feedUrl,
    description: SAMPLE_NOTE,
    items: entries.map((entry) => ({
      id: entry.guid,
      url: entry.link,
      title: entry.title,
      date_published: entry.published,
      summary: entry.summary,
      ...(entry.author ? { authors: [{ name: entry.author }] } : {}),
      ...(entry.content ? { content_html: entry.content } : {}),
    })),
  });
}

export function opmlList(feeds: { title: string; url: string }[]): string {
  const outlines = feeds
    .map(
      (feed) =>
        `<outline type="rss" text="${escapeXml(feed.title)}" xmlUrl="${escapeXml(feed.url)}"/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Sample subscriptions</title></head>
<body><outline text="News">
${outlines}
</outline></body></opml>`;
}

/** A story as a feed entry linking to `link`. */
export function entryOf(story: Story, link: string, guid: string, content = false): FeedEntry {
  return {
    title: story.title,
    link,
    guid,
    published: story.published,
    author: story.byline,
    summary: story.teaser,
    ...(content
      ? { content: story.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n') }
      : {}),
  };
}
