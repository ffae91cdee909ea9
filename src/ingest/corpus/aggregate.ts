/**
 * Everything corpus-wide that is computed from the article summaries: per-article people and
 * entity ids, the entity table (aliases, roles, countries, articles, quotes, co-occurrence) and
 * the facet counts. Iteration follows the sorted article order, so the output is deterministic.
 */
import type { AnnotatedArticle, EntityType, QuoteKind } from '../../core/schema';
import { rankByCount } from '../../core/corpus/record';
import { slugify } from '../../core/text/slug';
import { sha256 } from '../text';
import type { EntityResolver } from './resolveEntities';
import { flat, type ArticleSummary } from './summarize';

export interface EntityAggregate {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  roles: Map<string, number>;
  countries: Map<string, number>;
  /** Article indices with the number of mentions in each. */
  articles: Map<number, number>;
  quoteCount: number;
  /** The newest quotes (at most QUOTES_KEPT), filled in by collectQuotes. */
  quotes: EntityQuote[];
  related: Map<string, number>;
}

export interface EntityQuote {
  article: number;
  quoteId: string;
  kind: QuoteKind;
  text: string;
}

/** Entity files list at most this many quotes, newest first (counts gives the total). */
export const QUOTES_KEPT = 200;

export interface ArticleLinks {
  /** Corpus-wide ids of the people quoted, most quoted first. */
  people: string[];
  sourceId: string;
}

/** Co-occurrence is counted among an article's most mentioned entities only (bounds the work). */
const RELATED_PER_ARTICLE = 25;

export function sourceIdOf(name: string): string {
  return slugify(name) || `s${sha256(name, 10)}`;
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function aggregate(articles: readonly ArticleSummary[], resolver: EntityResolver) {
  const entities = new Map<string, EntityAggregate>();
  const links: ArticleLinks[] = [];
  const entityOf = (id: string, type: EntityType): EntityAggregate => {
    let entity = entities.get(id);
    if (!entity) {
      entity = {
        id,
        name: resolver.nameOf(id) ?? id,
        type,
        aliases: new Set(),
        roles: new Map(),
        countries: new Map(),
        articles: new Map(),
        quoteCount: 0,
        quotes: [],
        related: new Map(),
      };
      entities.set(id, entity);
    }
    return entity;
  };

  articles.forEach((article, index) => {
    const localToGlobal = new Map<string, string>();
    const mentionsHere = new Map<string, number>();
    for (const local of article.entities) {
      const id = resolver.idOf(local.type, local.name);
      localToGlobal.set(local.localId, id);
      const entity = entityOf(id, local.type);
      for (const alias of [local.name, ...local.aliases]) entity.aliases.add(alias);
      if (local.role) bump(entity.roles, local.role);
      if (local.country) bump(entity.countries, local.country);
      bump(entity.articles, index, local.mentions);
      bump(mentionsHere, id, local.mentions);
    }
    const quotedPeople = new Map<string, number>();
    for (const quote of article.speakers) {
      const id = quote.speakerLocalId
        ? localToGlobal.get(quote.speakerLocalId)
        : resolver.idOf('person', quote.speakerName);
      if (!id) continue;
      const entity = entities.get(id) ?? entityOf(id, 'person');
      if (!entity.articles.has(index)) entity.articles.set(index, 0);
      entity.aliases.add(quote.speakerName);
      entity.quoteCount += quote.count;
      if (entity.type === 'person') bump(quotedPeople, id, quote.count);
    }
    const top = [...mentionsHere]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, RELATED_PER_ARTICLE)
      .map(([id]) => id);
    for (const a of top) {
      const related = entities.get(a)?.related;
      if (!related) continue;
      for (const b of top) if (a !== b) bump(related, b);
    }
    links.push({
      people: rankByCount(quotedPeople),
      sourceId: sourceIdOf(article.source.name),
    });
  });
  for (const entity of entities.values()) entity.aliases.delete(entity.name);
  return { entities, links };
}

/** Newest first by the article's date, then by article and quote order. */
export function compareQuotes(articles: readonly ArticleSummary[]) {
  return (a: EntityQuote, b: EntityQuote): number => {
    const dateA = articles[a.article]?.published ?? '';
    const dateB = articles[b.article]?.published ?? '';
    if (dateA !== dateB) return dateA < dateB ? 1 : -1;
    return a.article - b.article || (a.quoteId < b.quoteId ? -1 : a.quoteId > b.quoteId ? 1 : 0);
  };
}

/**
 * Adds the attributed quotes of one article (already rewritten to corpus ids) to their speakers.
 * Articles come newest first (see writeArticles), so a speaker's list is full once it holds
 * QUOTES_KEPT quotes: memory stays bounded by entities x QUOTES_KEPT.
 */
export function collectQuotes(
  article: AnnotatedArticle,
  index: number,
  entities: ReadonlyMap<string, EntityAggregate>,
): void {
  for (const quote of article.quotes) {
    const entity = quote.speaker ? entities.get(quote.speaker.entityId) : undefined;
    if (!entity || entity.quotes.length >= QUOTES_KEPT) continue;
    entity.quotes.push({
      article: index,
      quoteId: quote.id,
      kind: quote.kind,
      text: flat(article.body.slice(quote.start, quote.end)),
    });
  }
}
