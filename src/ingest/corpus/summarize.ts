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

/** An attributed quote; texts are not kept here (entity files get them in the write pass). */
export interface QuoteSummary {
  /** The article-local entity id of the speaker, or only a name when the engine linked none. */
  speakerLocalId?: string;
  speakerName: string;
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
  quoteCount: number;
  speakers: QuoteSummary[];
  /** Where the full annotated article is cached. */
  cacheFile: string;
}

/** A copy of a string that shares no memory with the string it was cut from. */
export function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
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
    // A fresh copy: a slice would keep the whole body alive in memory.
    excerpt: flat(excerptOf(article.body)),
    entities: article.entities.map((entity) => ({
      localId: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      ...(entity.role ? { role: entity.role } : {}),
      ...(entity.country ? { country: entity.country } : {}),
      mentions: entity.mentions.length,
    })),
    quoteCount: article.quotes.length,
    speakers: article.quotes.flatMap((quote) =>
      quote.speaker
        ? [
            {
              speakerName: quote.speaker.name,
              ...(localIds.has(quote.speaker.entityId)
                ? { speakerLocalId: quote.speaker.entityId }
                : {}),
            },
          ]
        : [],
    ),
    cacheFile,
  };
}
