/**
 * Plain text articles (.txt):
 *
 *   Title on the first line
 *   Published: 2025-03-14          <- optional header lines, known keys only, right after the title
 *   Source: The Harbour Gazette (NZ)
 *   Byline: Mere Tawhiri
 *                                   <- a blank line
 *   Body paragraphs, separated by blank lines.
 *
 * Known keys (case-insensitive): Published (or Date), Source, Source-Country, Byline (or Author),
 * Language, URL.
 */
import type { ArticleInput } from '../../core/schema';
import { paragraphsFromBlankLines } from '../text';
import { toArticleInput, type LooseMetadata } from './metadata';

const HEADER_KEYS: Record<string, keyof LooseMetadata> = {
  published: 'published',
  date: 'published',
  source: 'source',
  'source-country': 'sourceCountry',
  byline: 'byline',
  author: 'byline',
  language: 'language',
  url: 'url',
};

export function parsePlainText(id: string, text: string): ArticleInput {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  const metadata: LooseMetadata = { title: lines.shift()?.trim() };
  while (lines.length > 0) {
    const header = /^([A-Za-z-]+):\s*(.*)$/.exec(lines[0] ?? '');
    const key = header ? HEADER_KEYS[header[1]?.toLowerCase() ?? ''] : undefined;
    if (!header || !key) break;
    metadata[key] = header[2]?.trim();
    lines.shift();
  }
  return toArticleInput(id, metadata, paragraphsFromBlankLines(lines.join('\n')));
}
