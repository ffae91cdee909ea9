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
 * Known keys (case-insensitive): Published (or Date), Source (or Outlet), Source-Country,
 * Byline (or Author, By), Language, URL.
 *
 * Pasted text follows no format, so `parsePastedText` guesses: a headline-like first line is the
 * title, and text without blank lines has a paragraph per line.
 */
import type { LooseMetadata, ParsedArticle } from './metadata';
import { looksLikeHeadline, paragraphsFromBlankLines, splitParagraphs } from './paragraphs';

const HEADER_KEYS: Record<string, keyof LooseMetadata> = {
  published: 'published',
  date: 'published',
  source: 'source',
  outlet: 'source',
  'source-country': 'sourceCountry',
  byline: 'byline',
  author: 'byline',
  by: 'byline',
  language: 'language',
  url: 'url',
};

/** The metadata key of a "Key: value" header line, and its value. */
function headerLine(line: string): [keyof LooseMetadata, string] | undefined {
  const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
  const key = match ? HEADER_KEYS[match[1]?.toLowerCase() ?? ''] : undefined;
  return match && key ? [key, match[2]?.trim() ?? ''] : undefined;
}

/** A .txt file: the first line is the title, then header lines, then the body. */
export function parsePlainText(text: string): ParsedArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  const meta: LooseMetadata = { title: lines.shift()?.trim() };
  for (let header = headerLine(lines[0] ?? ''); header; header = headerLine(lines[0] ?? '')) {
    meta[header[0]] = header[1];
    lines.shift();
  }
  return { meta, paragraphs: paragraphsFromBlankLines(lines.join('\n')) };
}

/** Pasted text: a headline-like first line (with header lines under it) is the title. */
export function parsePastedText(text: string): ParsedArticle {
  const paragraphs = splitParagraphs(text).filter((p) => p.trim().length > 0);
  const meta: LooseMetadata = {};
  const first = paragraphs[0];
  if (first === undefined || paragraphs.length < 2) return { meta, paragraphs };
  const lines = first.split('\n');
  const headline = lines[0] ?? '';
  if (!looksLikeHeadline(headline)) return { meta, paragraphs };
  // The title's paragraph may continue with "Key: value" header lines; anything else is body.
  const rest: string[] = [];
  for (const line of lines.slice(1)) {
    const header = rest.length === 0 ? headerLine(line.trim()) : undefined;
    if (header?.[1]) meta[header[0]] = header[1];
    else rest.push(line);
  }
  meta.title = headline.trim();
  return { meta, paragraphs: [...(rest.length ? [rest.join('\n')] : []), ...paragraphs.slice(1)] };
}
