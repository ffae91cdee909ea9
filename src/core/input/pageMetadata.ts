/**
 * What a news page says about itself, beyond what `parseHtml` reads: JSON-LD (`NewsArticle` and
 * its kin), Open Graph and `<link rel="canonical">`. The feeds use it to fill in an article's title,
 * date, byline, outlet and canonical URL; each field is taken from the first place that has it,
 * in that order (JSON-LD is the most deliberate, Open Graph next, the page's markup last).
 * Pure: reads a Document the caller parsed (see HtmlDom in ./html).
 */

export interface PageMetadata {
  title?: string;
  published?: string;
  byline?: string;
  /** The outlet's name (the source facet). */
  outlet?: string;
  /** Absolute URL the page names as its own, resolved against `pageUrl`. */
  canonicalUrl?: string;
  language?: string;
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'Report',
]);

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

/** A person or organisation as JSON-LD writes it: a name, `{ name }`, or a list of either. */
function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((entry) => (isObject(entry) ? text(entry.name) : text(entry)))
    .filter((name): name is string => Boolean(name) && !/^https?:\/\//.test(name ?? ''));
  return found.length > 0 ? found.join(', ') : undefined;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every JSON-LD node on the page, `@graph` lists flattened; broken blocks are skipped. */
function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its own business; Open Graph and markup still count.
    }
  }
  return nodes;
}

function meta(document: Document, name: string): string | undefined {
  const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return text(element?.getAttribute('content'));
}

function absolute(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** The metadata of a page fetched from `pageUrl` (used to resolve relative URLs). */
export function pageMetadata(document: Document, pageUrl: string): PageMetadata {
  const article = jsonLdNodes(document).find((node) =>
    typesOf(node).some((type) => ARTICLE_TYPES.has(type)),
  );
  const publisher = article && isObject(article.publisher) ? article.publisher : undefined;
  const mainEntity = article?.mainEntityOfPage;
  const ldUrl = text(article?.url) ?? (isObject(mainEntity) ? text(mainEntity['@id']) : undefined);
  const canonicalLink = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const found: PageMetadata = {
    title: text(article?.headline) ?? meta(document, 'og:title'),
    published:
      text(article?.datePublished) ??
      meta(document, 'article:published_time') ??
      text(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    byline: names(article?.author) ?? names(meta(document, 'article:author')),
    outlet: names(publisher) ?? meta(document, 'og:site_name'),
    canonicalUrl:
      absolute(ldUrl, pageUrl) ??
      absolute(text(canonicalLink), pageUrl) ??
      absolute(meta(document, 'og:url'), pageUrl),
    language: text(article?.inLanguage) ?? text(document.documentElement.getAttribute('lang')),
  };
  return Object.fromEntries(
    Object.entries(found).filter(([, value]) => value !== undefined),
  ) as PageMetadata;
}
