/** What the import page sends to the worker. */
export type ImportFormat = 'paste' | 'txt' | 'md' | 'json' | 'html-text';

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

export interface ImportRequest {
  format: ImportFormat;
  /** The text as read; for 'html-text', paragraphs already extracted and joined by blank lines. */
  text: string;
  /** Metadata from the form. */
  meta: ImportMeta;
  /** Metadata found in the file (HTML meta tags), used where the form is empty. */
  fileMeta?: ImportMeta;
  fileName?: string;
}

/** Metadata and paragraphs a format parser found. */
export interface ParsedText {
  meta: ImportMeta;
  paragraphs: string[];
}
