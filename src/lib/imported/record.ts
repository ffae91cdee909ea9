import type { AnnotatedArticle, IndexRecord } from '@/core/schema';
import { MY_ARTICLES_SOURCE } from './ids';

/** What the store keeps beside each imported article: a feed record plus when it was imported. */
export interface ImportedRecord extends IndexRecord {
  importedAt: string;
  /** The outlet the reader typed (the article's own source name), for the list on /import. */
  outlet: string;
  /** Quoted speakers' names, most quoted first, for the list on /import. */
  speakers: string[];
  entityCount: number;
}

const EXCERPT_LENGTH = 200;

/** The first paragraph, cut at a word boundary. */
export function excerptOf(body: string, maxLength = EXCERPT_LENGTH): string {
  const first = body.trimStart().split('\n', 1)[0] ?? '';
  if (first.length <= maxLength) return first;
  const cut = first.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * An IndexRecord for an imported article, in the shape the feed's index takes, under the
 * "My articles" source. `file` names the IndexedDB entry, not a file under /data.
 */
export function toImportedRecord(article: AnnotatedArticle, importedAt: Date): ImportedRecord {
  const quotesBySpeaker = new Map<string, { name: string; count: number }>();
  for (const quote of article.quotes) {
    if (!quote.speaker) continue;
    const entry = quotesBySpeaker.get(quote.speaker.entityId);
    if (entry) entry.count += 1;
    else quotesBySpeaker.set(quote.speaker.entityId, { name: quote.speaker.name, count: 1 });
  }
  const quoted = [...quotesBySpeaker].sort((a, b) => b[1].count - a[1].count);
  const people = new Set(
    article.entities.filter((entity) => entity.type === 'person').map((e) => e.id),
  );
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: MY_ARTICLES_SOURCE.id,
    about: article.countries.filter((c) => c.role === 'about').map((c) => c.code),
    mentions: article.countries.filter((c) => c.role === 'mentions').map((c) => c.code),
    topics: article.topics.map((topic) => topic.code),
    // The feed's person facet holds people; organisations that speak are left out of it.
    people: quoted.map(([id]) => id).filter((id) => people.has(id)),
    quoteCount: article.quotes.length,
    excerpt: excerptOf(article.body),
    file: `indexeddb:${article.id}`,
    importedAt: importedAt.toISOString(),
    outlet: article.source.name,
    speakers: quoted.map(([, entry]) => entry.name),
    entityCount: article.entities.length,
  };
}
