/**
 * Turns an import request (text or a parsed page, plus form fields) into the engine's
 * ArticleInput, with the parsers and the builder the ingest uses (src/core/input). A file the
 * ingest accepts gives the same article here. What the ingest refuses, the import page mends
 * where a reader would expect it: an untitled article is named after its first words, a date or
 * country that cannot be read is left out, and an article without an outlet is filed under
 * "My articles".
 */
import { InputError } from '@/core/input/errors';
import { parseArticleText } from '@/core/input/formats';
import {
  checkCountry,
  checkDate,
  sourceParts,
  toArticleInput,
  type LooseMetadata,
  type ParsedArticle,
} from '@/core/input/metadata';
import { joinParagraphs } from '@/core/input/paragraphs';
import { parsePastedText } from '@/core/input/plainText';
import type { ArticleInput } from '@/core/schema';
import { newImportedId } from '../ids';
import { checkTextSize } from './limits';
import type { ImportMeta, ImportRequest } from './types';

const UNTITLED_LENGTH = 80;

function parse(request: ImportRequest): ParsedArticle {
  if (request.format === 'html') return request.parsed;
  checkTextSize(request.text);
  if (request.format === 'paste') return parsePastedText(request.text);
  try {
    return parseArticleText(request.format, request.text);
  } catch (error) {
    throw unreadable(request.fileName, error);
  }
}

/** The parsers' reason ("invalid JSON: …") in a sentence for the reader, naming the file. */
export function unreadable(fileName: string | undefined, error: unknown): unknown {
  if (!(error instanceof InputError)) return error;
  return new InputError(
    `${fileName ? `“${fileName}”` : 'This text'} cannot be read: ${error.message}.`,
  );
}

/** An ISO date (YYYY-MM-DD, or a date-time) that names a real day, else undefined. */
export function normaliseDate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  try {
    return checkDate(value);
  } catch {
    return undefined;
  }
}

/** The first words of the body, for an article that has no title. */
function titleFromBody(body: string): string {
  const first = body.split('\n', 1)[0] ?? '';
  if (first.length <= UNTITLED_LENGTH) return first;
  const cut = first.slice(0, UNTITLED_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const filled = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** The form's fields over the file's; an outlet typed in the form replaces the file's source. */
function withForm(meta: LooseMetadata, form: ImportMeta): LooseMetadata {
  const merged: LooseMetadata = { ...meta };
  for (const key of ['title', 'published', 'byline', 'url', 'language'] as const) {
    const value = filled(form[key]);
    if (value) merged[key] = value;
  }
  const outlet = filled(form.outlet);
  if (outlet) {
    merged.source = { name: outlet };
    delete merged.sourceCountry;
  }
  return merged;
}

/** Fills what the ingest would refuse, so a reader's article is never turned away for it. */
function mended(meta: LooseMetadata, body: string): LooseMetadata {
  const title = typeof meta.title === 'string' ? meta.title.trim() : meta.title;
  let source: { name: string; country?: string } = { name: 'My articles' };
  try {
    const { name, country } = sourceParts(meta.source, meta.sourceCountry);
    let code: string | undefined;
    try {
      code = checkCountry(country);
    } catch {
      code = undefined;
    }
    source = { name: name ?? 'My articles', ...(code ? { country: code } : {}) };
  } catch {
    // A source that is neither a name nor { name, country }: filed under My articles.
  }
  const { sourceCountry: _country, ...rest } = meta;
  return {
    ...rest,
    title: title === undefined || title === null || title === '' ? titleFromBody(body) : title,
    published: normaliseDate(meta.published) ?? '',
    source,
  };
}

/** Throws an InputError (with a message for the reader) for empty or oversized text. */
export function buildArticleInput(request: ImportRequest, id = newImportedId()): ArticleInput {
  const parsed = parse(request);
  const body = joinParagraphs(parsed.paragraphs);
  if (!body) throw new InputError('There is no article text to annotate in this input.');
  checkTextSize(body);
  const meta = mended(withForm(parsed.meta, request.meta), body);
  return toArticleInput(id, { meta, paragraphs: parsed.paragraphs });
}
