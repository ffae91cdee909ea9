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
import { excerptOf } from '../../core/corpus/record';

export interface EntitySummary {
  localId: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  country?: string;
  mentions: number;
}

/** A speaker of the article; quote texts are not kept here (entity files get them later). */
export interface QuoteSummary {
  /** The article-local entity id of the speaker, or only a name when the engine linked none. */
  speakerLocalId?: string;
  speakerName: string;
  /** How many quotes of the article this speaker has. */
  count: number;
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

/**
 * Names, roles, codes and outlets recur across thousands of articles; sharing one copy of each
 * keeps the summaries of 100,000 articles small (a few hundred bytes each instead of kilobytes).
 */
const interned = new Map<string, string>();
const sharedObjects = new Map<string, object>();
const NO_ALIASES: string[] = [];

function intern(text: string): string {
  let shared = interned.get(text);
  if (shared === undefined) {
    shared = flat(text);
    interned.set(shared, shared);
  }
  return shared;
}

function share<T extends object>(key: string, make: () => T): T {
  let shared = sharedObjects.get(key) as T | undefined;
  if (!shared) {
    shared = make();
    sharedObjects.set(key, shared);
  }
  return shared;
}

export function summarize(article: AnnotatedArticle, cacheFile: string): ArticleSummary {
  const localIds = new Set(article.entities.map((entity) => entity.id));
  const speakers = new Map<string, QuoteSummary>();
  for (const quote of article.quotes) {
    if (!quote.speaker) continue;
    const local = localIds.has(quote.speaker.entityId) ? quote.speaker.entityId : undefined;
    const key = `${local ?? ''}\0${quote.speaker.name}`;
    const seen = speakers.get(key);
    if (seen) seen.count++;
    else {
      speakers.set(key, {
        speakerName: intern(quote.speaker.name),
        ...(local ? { speakerLocalId: intern(local) } : {}),
        count: 1,
      });
    }
  }
  const { source } = article;
  return {
    id: article.id,
    title: article.title,
    published: intern(article.published),
    source: share(`s\0${source.name}\0${source.country ?? ''}`, () => ({
      name: intern(source.name),
      ...(source.country ? { country: intern(source.country) } : {}),
    })),
    countries: article.countries.map(({ code, role }) =>
      share(`c\0${code}\0${role}`, () => ({ code: intern(code), role })),
    ),
    topics: article.topics.map(({ code, label, score }) => ({
      code: intern(code),
      label: intern(label),
      score,
    })),
    // A fresh copy: a slice would keep the whole body alive in memory.
    excerpt: flat(excerptOf(article.body)),
    entities: article.entities.map((entity) => ({
      localId: intern(entity.id),
      name: intern(entity.name),
      type: intern(entity.type) as typeof entity.type,
      aliases: entity.aliases.length > 0 ? entity.aliases.map(intern) : NO_ALIASES,
      ...(entity.role ? { role: intern(entity.role) } : {}),
      ...(entity.country ? { country: intern(entity.country) } : {}),
      mentions: entity.mentions.length,
    })),
    quoteCount: article.quotes.length,
    speakers: [...speakers.values()],
    cacheFile,
  };
}
