/** Builds small AnnotatedArticles for the highlight tests (text written for the tests). */
import { SCHEMA_VERSION, type AnnotatedArticle, type Entity, type Quote } from '@/core/schema';

/** Offsets of `part` in `body` (its first occurrence after `from`). */
export function spanOf(body: string, part: string, from = 0) {
  const start = body.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" is not in the body`);
  return { start, end: start + part.length };
}

export function makeArticle(
  body: string,
  quotes: Quote[] = [],
  entities: Entity[] = [],
): AnnotatedArticle {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'test-article',
    title: 'A test article',
    body,
    published: '2026-03-01',
    source: { name: 'Test Gazette' },
    quotes,
    entities,
    countries: [],
    topics: [],
  };
}

export function makeQuote(
  id: string,
  span: { start: number; end: number },
  kind: Quote['kind'] = 'direct',
  speaker: Quote['speaker'] = null,
): Quote {
  return { id, ...span, kind, speaker };
}

export function makeEntity(
  id: string,
  name: string,
  type: Entity['type'],
  mentions: { start: number; end: number }[],
): Entity {
  return { id, name, type, aliases: [], mentions };
}
