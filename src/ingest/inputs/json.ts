/**
 * JSON articles (.json): `{ "title", "body", "published", "source", "byline", "url", "language" }`.
 * `body` is a string (paragraphs separated by blank lines or single newlines) or an array of
 * paragraphs; `source` is a name or `{ "name", "country" }`.
 */
import type { ArticleInput } from '../../core/schema';
import { InputError, toArticleInput, type LooseMetadata } from './metadata';

export function parseJsonArticle(id: string, text: string): ArticleInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('invalid JSON article: expected an object with title and body');
  }
  const record = data as Record<string, unknown>;
  const body = record.body;
  let paragraphs: string[];
  if (typeof body === 'string') paragraphs = body.replace(/\r\n?/g, '\n').split(/\n/);
  else if (Array.isArray(body) && body.every((item) => typeof item === 'string')) paragraphs = body;
  else throw new InputError('"body" must be a string or an array of paragraphs');
  const metadata: LooseMetadata = {
    title: record.title ?? record.headline,
    published: record.published ?? record.date,
    source: record.source,
    byline: record.byline ?? record.author,
    url: record.url,
    language: record.language,
  };
  return toArticleInput(id, metadata, paragraphs);
}
