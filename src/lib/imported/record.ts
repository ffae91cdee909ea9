import { excerptOf, indexRecordOf, rankByCount } from '@/core/corpus/record';
import type { AnnotatedArticle, IndexRecord } from '@/core/schema';
import { MY_ARTICLES_SOURCE } from './ids';

/** What the store keeps beside each imported article: a feed record plus when it was imported. */
export interface ImportedRecord extends IndexRecord {
  importedAt: string;
  /** The outlet the reader typed (the article's own source name), for the list on /import. */
  outlet: string;
  /** Quoted speakers' names (people and organisations), most quoted first, for the list on /import. */
  speakers: string[];
  /**
   * The names of `people`, in their order (people only: `speakers` also holds organisations, so
   * its positions are not those of `people`). Absent in records saved before it was added.
   */
  personNames?: string[];
  entityCount: number;
}

/**
 * An IndexRecord for an imported article, built like the ingest's (src/core/corpus/record.ts),
 * under the "My articles" source. `file` names the IndexedDB entry, not a file under /data.
 */
export function toImportedRecord(article: AnnotatedArticle, importedAt: Date): ImportedRecord {
  const quotes = new Map<string, number>();
  const names = new Map<string, string>();
  for (const quote of article.quotes) {
    if (!quote.speaker) continue;
    quotes.set(quote.speaker.entityId, (quotes.get(quote.speaker.entityId) ?? 0) + 1);
    if (!names.has(quote.speaker.entityId)) names.set(quote.speaker.entityId, quote.speaker.name);
  }
  const quoted = rankByCount(quotes);
  const persons = new Set(
    article.entities.filter((entity) => entity.type === 'person').map((e) => e.id),
  );
  const people = quoted.filter((id) => persons.has(id));
  const record = indexRecordOf(
    { ...article, quoteCount: article.quotes.length, excerpt: excerptOf(article.body) },
    {
      source: MY_ARTICLES_SOURCE.id,
      // The feed's person facet holds people; organisations that speak are left out of it.
      people,
      file: `indexeddb:${article.id}`,
    },
  );
  return {
    ...record,
    importedAt: importedAt.toISOString(),
    outlet: article.source.name,
    speakers: quoted.map((id) => names.get(id) ?? id),
    personNames: people.map((id) => names.get(id) ?? id),
    entityCount: article.entities.length,
  };
}
