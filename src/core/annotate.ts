/**
 * annotate(article) -> AnnotatedArticle: the one entry point of the language engine.
 * (Stub while the engine is being built: returns the article with no annotations.)
 */
import { SCHEMA_VERSION, type AnnotatedArticle, type ArticleInput } from './schema';

export const ENGINE_VERSION = '0.0.1';

export function annotate(input: ArticleInput): AnnotatedArticle {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id ?? 'article',
    title: input.title ?? '',
    body: input.body,
    published: input.published ?? '',
    source: input.source ?? { name: 'Unknown source' },
    quotes: [],
    entities: [],
    countries: [],
    topics: [],
  };
}
