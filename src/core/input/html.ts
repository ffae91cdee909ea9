/**
 * HTML articles (.html, .htm): the main text is extracted with @mozilla/readability. The document
 * comes from a small adapter that each side provides (jsdom in the ingest, DOMParser on the import
 * page); both give documents that run no scripts and load nothing, and only text is read from them.
 *
 * Metadata: title from the article's own headline when its text opens with one, else Readability
 * (og:title / <title>); published from `article:published_time`, `<meta name="date">` or the
 * first `<time datetime>`; source from `og:site_name`; source country from
 * `<meta name="source-country">`; byline from Readability, a "By …" first line or
 * `<meta name="author">`; language from `<html lang>`.
 */
import { Readability } from '@mozilla/readability';
import { InputError } from './errors';
import type { LooseMetadata, ParsedArticle } from './metadata';

/** Parses HTML into a document that runs no scripts and fetches nothing. */
export interface HtmlDom {
  parse(html: string): Document;
  /** Frees what `parse` allocated (a jsdom window), when the implementation needs it. */
  release?(document: Document): void;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';

function metaContent(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

interface Block {
  heading: boolean;
  text: string;
}

/** Block texts below `root`, one per block element (nested blocks counted once). */
function blocks(root: ParentNode): Block[] {
  return [...root.querySelectorAll(BLOCKS)]
    .filter((element) => !element.parentElement?.closest(BLOCKS))
    .map((element) => ({
      heading: /^H[1-6]$/.test(element.tagName.toUpperCase()),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }))
    .filter((block) => block.text.length > 0);
}

function withDocument<T>(dom: HtmlDom, html: string, read: (document: Document) => T): T {
  const document = dom.parse(html);
  try {
    return read(document);
  } finally {
    dom.release?.(document);
  }
}

export function parseHtml(text: string, dom: HtmlDom): ParsedArticle {
  return withDocument(dom, text, (document) => {
    const meta: LooseMetadata = {
      published:
        metaContent(document, 'article:published_time', 'date', 'dc.date', 'pubdate') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined,
      source: metaContent(document, 'og:site_name', 'publisher'),
      sourceCountry: metaContent(document, 'source-country'),
      language: document.documentElement.getAttribute('lang') ?? undefined,
    };
    // Scripts and styles hold no article text; Readability skips them too, the fallback must.
    for (const element of document.querySelectorAll('script, style, noscript, template')) {
      element.remove();
    }
    const pageTitle = document.title.trim();
    const author = metaContent(document, 'author');
    const fallback = blocks(document.body ?? document);
    // Readability changes the document it reads, so everything else is read first.
    const article = new Readability(document, { charThreshold: 200 }).parse();
    let body = fallback;
    if (article?.content) {
      const content = withDocument(dom, article.content, (parsed) => blocks(parsed.body));
      if (content.length > 0) body = content;
    }
    // The article's own headline, when the text opens with one, is a better title than <title>.
    let title = article?.title?.trim() || pageTitle;
    if (body[0]?.heading) {
      title = body[0].text;
      body = body.slice(1);
    }
    // A short "By …" first paragraph is the byline, which is metadata, not body text.
    const first = body[0]?.text ?? '';
    const bylineLine = first.length < 80 && /^by\s/i.test(first) ? first : undefined;
    if (bylineLine) body = body.slice(1);
    const byline = article?.byline?.trim() || bylineLine || author;
    if (body.length === 0) throw new InputError('no main text found in the HTML');
    return {
      meta: {
        ...meta,
        ...(title ? { title } : {}),
        ...(byline ? { byline: byline.replace(/^by\s+/i, '') } : {}),
      },
      paragraphs: body.map((block) => block.text),
    };
  });
}
