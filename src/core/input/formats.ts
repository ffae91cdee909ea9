/**
 * The one way in for an article, whatever carries it (a content file, a dropped file, a feed):
 * bytes -> text (`decodeUtf8`) -> metadata and paragraphs (`parseArticleText`, by format) ->
 * ArticleInput (`toArticleInput` in ./metadata). Pure: HTML needs a DOM adapter from the caller.
 */
import { InputError } from './errors';
import { parseHtml, type HtmlDom } from './html';
import { parseJsonArticle } from './json';
import { parseMarkdown } from './markdown';
import type { ParsedArticle } from './metadata';
import { parsePlainText } from './plainText';

export type ArticleFormat = 'txt' | 'md' | 'json' | 'html';

const BY_EXTENSION: Record<string, ArticleFormat> = {
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
};

/** The file extensions an article may have, with the leading dot. */
export const ARTICLE_EXTENSIONS = Object.keys(BY_EXTENSION);

/** The format of a file extension (".md", "md", ".HTML"), or undefined. */
export function formatOfExtension(extension: string): ArticleFormat | undefined {
  const key = extension.toLowerCase();
  return BY_EXTENSION[key.startsWith('.') ? key : `.${key}`];
}

/** Decodes bytes as UTF-8 text, rejecting empty files and anything binary. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.includes(0)) throw new InputError('not a text file (binary content)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not a text file (invalid UTF-8)');
  }
  if (text.trim() === '') throw new InputError('empty file');
  return text.replace(/^\uFEFF/, '');
}

/** The metadata and paragraphs of an article's text in one of the formats. */
export function parseArticleText(
  format: ArticleFormat,
  text: string,
  dom?: HtmlDom,
): ParsedArticle {
  switch (format) {
    case 'md':
      return parseMarkdown(text);
    case 'txt':
      return parsePlainText(text);
    case 'json':
      return parseJsonArticle(text);
    case 'html':
      if (!dom) throw new Error('reading HTML needs a DOM adapter');
      return parseHtml(text, dom);
  }
}
