/**
 * Turns the loose metadata of any input format into a checked ArticleInput.
 * Rules (documented in src/ingest/README.md): a title is required; `published` may be missing
 * (the article then sorts last) but when present must be a real ISO 8601 date or date-time;
 * a source country must be an ISO 3166-1 alpha-2 code.
 */
import type { ArticleInput, Source } from '../schema';
import { InputError } from './errors';
import { joinParagraphs } from './paragraphs';

/** Metadata as an input format carries it, unchecked. */
export interface LooseMetadata {
  title?: unknown;
  published?: unknown;
  /** A name, "Name (KE)" or `{ name, country }`. */
  source?: unknown;
  sourceCountry?: unknown;
  byline?: unknown;
  url?: unknown;
  language?: unknown;
}

/** What every format parser returns: the metadata it found and the body's paragraphs. */
export interface ParsedArticle {
  meta: LooseMetadata;
  paragraphs: string[];
}

/** The metadata of a JSON object or of YAML front matter, with the usual other names of fields. */
export function metadataOf(record: Record<string, unknown>): LooseMetadata {
  const meta: LooseMetadata = {
    title: record.title ?? record.headline,
    published: record.published ?? record.date,
    source: record.source ?? record.outlet,
    sourceCountry: record['source-country'] ?? record.sourceCountry,
    byline: record.byline ?? record.author,
    url: record.url,
    language: record.language,
  };
  return Object.fromEntries(
    Object.entries(meta).filter(([, value]) => value !== undefined),
  ) as LooseMetadata;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Returns the ISO form of a date value, or throws an InputError naming what is wrong. */
export function checkDate(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InputError('invalid date in "published"');
    return value.toISOString();
  }
  if (typeof value !== 'string') throw new InputError('"published" must be a date string');
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  if (!match) throw new InputError(`invalid date "${text}" (expected ISO 8601, e.g. 2025-03-14)`);
  const [, year, month, day] = match;
  // Date.parse accepts 2025-02-30 as March 2nd; a round trip of the day part catches it.
  const dayOnly = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (
    Number.isNaN(dayOnly.getTime()) ||
    dayOnly.toISOString().slice(0, 10) !== `${year}-${month}-${day}`
  ) {
    throw new InputError(`invalid date "${text}" (no such day)`);
  }
  if (Number.isNaN(Date.parse(text.replace(' ', 'T'))))
    throw new InputError(`invalid date "${text}"`);
  return text.replace(' ', 'T');
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  throw new InputError(`"${field}" must be text`);
}

/** An ISO 3166-1 alpha-2 code in upper case, or throws an InputError. */
export function checkCountry(value: unknown): string | undefined {
  const text = optionalText(value, 'source.country');
  if (text === undefined) return undefined;
  const code = text.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) {
    throw new InputError(`source country "${text}" is not an ISO 3166-1 alpha-2 code (e.g. KE)`);
  }
  return code;
}

/** The name and country of `source: "Name"`, `"Name (KE)"` or `{ name, country }`, unchecked. */
export function sourceParts(
  value: unknown,
  separateCountry?: unknown,
): { name: string | undefined; country: unknown } {
  let name: string | undefined;
  let country: unknown = separateCountry;
  if (typeof value === 'string') {
    const withCountry = /^(.*\S)\s*\(([A-Za-z]{2})\)$/.exec(value.trim());
    name = withCountry ? withCountry[1] : value.trim();
    if (withCountry && country === undefined) country = withCountry[2];
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    name = optionalText(record.name, 'source.name');
    country = record.country ?? country;
  } else if (value !== undefined && value !== null) {
    throw new InputError('"source" must be a name or { name, country }');
  }
  return { name: name || undefined, country };
}

function checkSource(value: unknown, separateCountry: unknown): Source {
  const { name, country } = sourceParts(value, separateCountry);
  const code = checkCountry(country);
  return { name: name ?? 'Unknown source', ...(code ? { country: code } : {}) };
}

/** Builds the engine input from what a parser found, or throws an InputError. */
export function toArticleInput(id: string, { meta, paragraphs }: ParsedArticle): ArticleInput {
  const title = optionalText(meta.title, 'title');
  if (!title) throw new InputError('missing title');
  const body = joinParagraphs(paragraphs);
  if (!body) throw new InputError('empty body');
  const published =
    meta.published === undefined || meta.published === null || meta.published === ''
      ? ''
      : checkDate(meta.published);
  const byline = optionalText(meta.byline, 'byline');
  const url = optionalText(meta.url, 'url');
  const language = optionalText(meta.language, 'language');
  return {
    id,
    title: title.replace(/\s+/g, ' '),
    body,
    published,
    source: checkSource(meta.source, meta.sourceCountry),
    ...(byline ? { byline } : {}),
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  };
}
