/**
 * The MiniSearch index over titles, text and speakers, written as one file loaded on first search.
 * Up to FULL_TEXT_LIMIT articles the whole body is indexed; past that, each article's opening
 * (OPENING_CHARS), which keeps the file and the browser's memory reasonable at 100,000 articles.
 */
import MiniSearch from 'minisearch';
import { SCHEMA_VERSION, type AnnotatedArticle, type SearchIndexFile } from '../../core/schema';

export const FULL_TEXT_LIMIT = 10_000;
export const OPENING_CHARS = 300;
const FIELDS = ['title', 'text', 'speakers'];

interface SearchDocument {
  id: string;
  title: string;
  text: string;
  speakers: string;
}

export class SearchIndexBuilder {
  private readonly search = new MiniSearch<SearchDocument>({ fields: FIELDS, storeFields: [] });

  constructor(private readonly fullText: boolean) {}

  add(article: AnnotatedArticle): void {
    const speakers = new Set<string>();
    for (const quote of article.quotes) if (quote.speaker) speakers.add(quote.speaker.name);
    this.search.add({
      id: article.id,
      title: article.title,
      text: this.fullText ? article.body : article.body.slice(0, OPENING_CHARS),
      speakers: [...speakers].join(' · '),
    });
  }

  toFile(): SearchIndexFile {
    return {
      schemaVersion: SCHEMA_VERSION,
      fields: FIELDS,
      storeFields: [],
      fullText: this.fullText,
      documentCount: this.search.documentCount,
      index: this.search.toJSON() as unknown as Record<string, unknown>,
    };
  }
}
