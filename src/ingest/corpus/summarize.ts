/**
 * The light, in-memory form of an annotated article that the corpus-wide steps need. Full articles
 * stay on disk in the annotation cache and are read again one at a time when written out, which
 * keeps memory flat at 100,000 articles.
 */
import type {
  AnnotatedArticle,
  ArticleCountry,
  ArticleTopic,
  EntityType,
  QuoteKind,
  Source,
} from '../../core/schema';
import { excerptOf } from '../text';

export interface EntitySummary {
  localId: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  country?: string;
  mentions: number;
}

export interface QuoteSummary {
  id: string;
  kind: QuoteKind;
  /** The article-local entity id of the speaker, or a name when the engine linked none. */
  speakerLocalId?: string;
  speakerName?: string;
  text: string;
}

export interface ArticleSummary {
  id: string;
  title: string;
  published: string;
  source: Source;
  countries: ArticleCountry[];
  topics: ArticleTopic[];
  excerpt: string;
  entities: EntitySummary[];
  quotes: QuoteSummary[];
  /** Where the full annotated article is cached. */
  cacheFile: string;
}

export function summarize(article: AnnotatedArticle, cacheFile: string): ArticleSummary {
  const localIds = new Set(article.entities.map((entity) => entity.id));
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    countries: article.countries,
    topics: article.topics,
    excerpt: excerptOf(article.body),
    entities: article.entities.map((entity) => ({
      localId: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      ...(entity.role ? { role: entity.role } : {}),
      ...(entity.country ? { country: entity.country } : {}),
      mentions: entity.mentions.length,
    })),
    quotes: article.quotes.map((quote) => ({
      id: quote.id,
      kind: quote.kind,
      ...(quote.speaker && localIds.has(quote.speaker.entityId)
        ? { speakerLocalId: quote.speaker.entityId }
        : {}),
      ...(quote.speaker ? { speakerName: quote.speaker.name } : {}),
      text: article.body.slice(quote.start, quote.end),
    })),
    cacheFile,
  };
}
