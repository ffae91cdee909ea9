/**
 * Exports of an imported article: the project's own JSON here; IPTC ninjs comes from the shared
 * writer in src/core/export/ninjs.ts (the same one the ingest's `npm run export` uses).
 */
import type { AnnotatedArticle } from '@/core/schema';

/** The project's own JSON: the AnnotatedArticle exactly as the corpus files hold it. */
export function toProjectJson(article: AnnotatedArticle): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
