/**
 * Reduces an HTML page to its main text with @mozilla/readability. The page is parsed with
 * DOMParser, whose documents run no scripts and load nothing (no images, styles or frames);
 * only text content is read from it, never inserted into the page.
 */
import type { ImportMeta } from '@/lib/imported/input/types';
import { InputError } from '@/lib/imported/input/limits';

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

/** Block texts of a document, one per block element (nested blocks counted once). */
function blocks(root: ParentNode): Block[] {
  return [...root.querySelectorAll(BLOCKS)]
    .filter((element) => !element.parentElement?.closest(BLOCKS))
    .map((element) => ({
      heading: /^H[1-6]$/.test(element.tagName),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }))
    .filter((block) => block.text.length > 0);
}

export interface ExtractedHtml {
  /** Paragraphs joined by blank lines. */
  text: string;
  meta: ImportMeta;
}

export async function extractHtml(html: string): Promise<ExtractedHtml> {
  const { Readability } = await import('@mozilla/readability');
  const parser = new DOMParser();
  const document = parser.parseFromString(html, 'text/html');
  const meta: ImportMeta = {};
  const published =
    metaContent(document, 'article:published_time', 'date', 'dc.date', 'pubdate') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const outlet = metaContent(document, 'og:site_name', 'publisher');
  const language = document.documentElement.getAttribute('lang') ?? undefined;
  if (published) meta.published = published;
  if (outlet) meta.outlet = outlet;
  if (language) meta.language = language;
  // Scripts and styles hold no article text; Readability skips them too, the fallback must.
  for (const element of document.querySelectorAll('script, style, noscript, template')) {
    element.remove();
  }
  const pageTitle = document.title.trim();
  const fallback = blocks(document.body ?? document);
  // Readability changes the document it reads, so everything else is read first.
  const article = new Readability(document, { charThreshold: 200 }).parse();
  let body = fallback;
  if (article?.content) {
    const content = blocks(parser.parseFromString(article.content, 'text/html').body);
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
  if (title) meta.title = title;
  const byline = article?.byline?.trim() || bylineLine || metaContent(document, 'author');
  if (byline) meta.byline = byline.replace(/^by\s+/i, '');
  const text = body.map((block) => block.text).join('\n\n');
  if (!text) throw new InputError('No article text was found in this HTML page.');
  return { text, meta };
}
