/**
 * JSON articles (.json): `{ "title", "body", "published", "source", "byline", "url", "language" }`.
 * `body` is a string (one paragraph per line) or an array of paragraphs; `source` is a name or
 * `{ "name", "country" }`. An article Broadsheet exported (the AnnotatedArticle) has this shape too.
 */
import { InputError } from './errors';
import { metadataOf, type ParsedArticle } from './metadata';

export function parseJsonArticle(text: string): ParsedArticle {
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
  return { meta: metadataOf(record), paragraphs };
}
