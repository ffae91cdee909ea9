/** What the import page sends to the worker. */
import type { ParsedArticle } from '@/core/input/metadata';

/** The optional fields of the import form; a filled field wins over what the file says. */
export interface ImportMeta {
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD (from a date input) or an ISO date-time. */
  published?: string;
  byline?: string;
  url?: string;
  language?: string;
}

/**
 * Pasted text, a text file (.txt, .md, .json) as read, or an HTML page already parsed on the page
 * (a worker has no DOMParser) by the same parser the ingest uses.
 */
export type ImportRequest = { meta: ImportMeta; fileName?: string } & (
  | { format: 'paste' | 'txt' | 'md' | 'json'; text: string }
  | { format: 'html'; parsed: ParsedArticle }
);
