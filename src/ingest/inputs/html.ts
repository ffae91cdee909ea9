/**
 * HTML articles (.html, .htm): the main text is extracted with @mozilla/readability on a jsdom
 * document. jsdom runs no scripts and loads no resources by default (`runScripts` and `resources`
 * are left unset on purpose), so a `<script>` in an input never runs.
 *
 * Metadata: title from Readability (og:title / <title> / the headline), published from
 * `article:published_time`, `<meta name="date">` or the first `<time datetime>`, source from
 * `og:site_name`, source country from `<meta name="source-country">`, byline from Readability,
 * language from `<html lang>`.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import type { ArticleInput } from '../../core/schema';
import { InputError, toArticleInput } from './metadata';

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

function metaContent(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** Paragraph texts of an HTML fragment, one per block element (nested blocks counted once). */
function blockTexts(html: string): string[] {
  const fragment = JSDOM.fragment(html);
  const blocks = [...fragment.querySelectorAll(BLOCKS)].filter(
    (element) => !element.parentElement?.closest(BLOCKS),
  );
  if (blocks.length === 0) return [fragment.textContent ?? ''];
  return blocks.map((element) => element.textContent ?? '');
}

/** A short "By …" first paragraph is the byline, which is metadata, not body text. */
function dropBylineLine(paragraphs: string[]): string[] {
  const first = paragraphs[0]?.trim() ?? '';
  return first.length < 80 && /^by\s/i.test(first) ? paragraphs.slice(1) : paragraphs;
}

export function parseHtml(id: string, text: string): ArticleInput {
  const dom = new JSDOM(text);
  try {
    const { document } = dom.window;
    const published =
      metaContent(document, 'article:published_time', 'date', 'dc.date', 'pubdate') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined;
    const sourceName = metaContent(document, 'og:site_name', 'publisher');
    const sourceCountry = metaContent(document, 'source-country');
    const language = document.documentElement.getAttribute('lang') ?? undefined;
    // Readability mutates the document, so the metadata above is read first.
    const article = new Readability(document).parse();
    if (!article?.content) throw new InputError('no main text found in the HTML');
    return toArticleInput(
      id,
      {
        title: article.title || document.title,
        published,
        source: sourceName,
        sourceCountry,
        byline: article.byline ?? metaContent(document, 'author'),
        language,
      },
      dropBylineLine(blockTexts(article.content)),
    );
  } finally {
    dom.window.close();
  }
}
