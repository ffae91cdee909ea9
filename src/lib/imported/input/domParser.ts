/**
 * The browser's DOM for HTML articles: DOMParser, whose documents run no scripts and load nothing
 * (no images, styles or frames). Only text is read from them, never inserted into the page.
 * DOMParser exists on the page, not in workers: HTML is parsed before the request goes to one.
 */
import type { HtmlDom } from '@/core/input/html';

export const domParserAdapter: HtmlDom = {
  parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
};
