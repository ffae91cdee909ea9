/** Small text helpers shared by the ingest: slugs, hashes, paragraphs. */
import { createHash } from 'node:crypto';

/** A URL- and file-safe slug: lower case ASCII letters, digits and single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hex SHA-256 of a string or bytes, cut to `length` characters. */
export function sha256(data: string | Uint8Array, length = 64): string {
  return createHash('sha256').update(data).digest('hex').slice(0, length);
}

/**
 * Normalises a body to the form the engine and the app expect: paragraphs separated by one "\n",
 * whitespace inside a paragraph collapsed to single spaces, empty paragraphs dropped.
 */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .join('\n');
}

/** Splits plain text into paragraphs at blank lines (lines inside a paragraph are joined). */
export function paragraphsFromBlankLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
}

/** A short excerpt of a body: its first paragraph, cut at a word boundary. */
export function excerptOf(body: string, maxLength = 200): string {
  const first = body.split('\n', 1)[0] ?? '';
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
