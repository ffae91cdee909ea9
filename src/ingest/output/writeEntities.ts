/** One file per corpus-wide entity: aliases, countries, articles, quotes and related entities. */
import { entityFilePath } from '../../core/corpus/paths';
import { SCHEMA_VERSION, entityFileSchema, type EntityFile } from '../../core/schema';
import { compareQuotes, QUOTES_KEPT, type EntityAggregate } from '../corpus/aggregate';
import type { ArticleSummary } from '../corpus/summarize';
import type { StagingFolder } from './staging';

const RELATED = 12;
/** Entity files list at most this many articles, newest first (counts gives the total). */
const ARTICLES_KEPT = 1000;
const PARALLEL_WRITES = 32;

function mostCommon(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
}

export function entityFile(
  entity: EntityAggregate,
  articles: readonly ArticleSummary[],
  files: readonly string[],
  entities: ReadonlyMap<string, EntityAggregate>,
): EntityFile {
  const role = mostCommon(entity.roles)[0];
  let countries = mostCommon(entity.countries);
  if (countries.length === 0) {
    // People and organisations: the countries their articles are about, most frequent first.
    const about = new Map<string, number>();
    for (const index of entity.articles.keys()) {
      for (const country of articles[index]?.countries ?? []) {
        if (country.role === 'about') about.set(country.code, (about.get(country.code) ?? 0) + 1);
      }
    }
    countries = mostCommon(about).slice(0, 3);
  }
  const entityArticles = [...entity.articles]
    .map(([index, mentions]) => {
      const article = articles[index];
      return {
        id: article?.id ?? '',
        title: article?.title ?? '',
        published: article?.published ?? '',
        file: files[index] ?? '',
        mentions,
      };
    })
    .sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0))
    .slice(0, ARTICLES_KEPT);
  const quotes = [...entity.quotes].sort(compareQuotes(articles)).slice(0, QUOTES_KEPT);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases].sort(),
    ...(role ? { role } : {}),
    countries,
    articles: entityArticles,
    quotes: quotes.map((quote) => ({
      articleId: articles[quote.article]?.id ?? '',
      quoteId: quote.quoteId,
      kind: quote.kind,
      text: quote.text,
    })),
    related: mostCommon(entity.related)
      .slice(0, RELATED)
      .flatMap((id) => {
        const other = entities.get(id);
        const count = entity.related.get(id) ?? 0;
        return other ? [{ id, name: other.name, type: other.type, count }] : [];
      }),
    counts: { articles: entity.articles.size, quotes: entity.quoteCount },
  };
}

export async function writeEntities(
  staging: StagingFolder,
  entities: ReadonlyMap<string, EntityAggregate>,
  articles: readonly ArticleSummary[],
  files: readonly string[],
): Promise<void> {
  const all = [...entities.values()];
  for (let start = 0; start < all.length; start += PARALLEL_WRITES) {
    await Promise.all(
      all
        .slice(start, start + PARALLEL_WRITES)
        .map((entity) =>
          staging.writeJson(
            entityFilePath(entity.id),
            entityFileSchema,
            entityFile(entity, articles, files, entities),
          ),
        ),
    );
  }
}
