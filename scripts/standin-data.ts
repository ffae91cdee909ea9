/**
 * Writes a small, schema-valid corpus to public/data from the stand-in articles
 * (tests/fixtures/standin), in the layout of src/core/corpus/paths.ts. Used until (and alongside)
 * the real ingest: `npx tsx scripts/standin-data.ts [outDir]`.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  annotatedArticleSchema,
  articleLookupSchema,
  entityFileSchema,
  manifestSchema,
  SCHEMA_VERSION,
  type AnnotatedArticle,
  type EntityFile,
  type IndexRecord,
  type Manifest,
} from '../src/core/schema';
import { articleFilePath, articleLookupPath, entityFilePath } from '../src/core/corpus/paths';
import { buildFeedCorpus } from '../src/core/corpus/feedCorpus';
import { ENGINE_VERSION } from '../src/core/annotate';
import { OutputFolder } from '../src/ingest/output/outputFolder';
import { createReporter } from '../src/ingest/progress';
import { slugify, standinArticles } from '../tests/fixtures/standin/annotateStandin';

/** Corpus files by path relative to the data root. */
export type CorpusFiles = Map<string, unknown>;

const hashOf = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 10);

/** Counts items by key, keeping the most frequent first (ties by key, for stable output). */
function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function indexRecord(article: AnnotatedArticle, file: string): IndexRecord {
  const speakers = countBy(
    article.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
    (speaker) => speaker.entityId,
  );
  const people = speakers
    .map(([id]) => id)
    .filter((id) => article.entities.some((e) => e.id === id && e.type === 'person'));
  const firstParagraph = article.body.split(/\n+/)[0] ?? '';
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    source: slugify(article.source.name),
    about: article.countries.filter((c) => c.role === 'about').map((c) => c.code),
    mentions: article.countries.filter((c) => c.role === 'mentions').map((c) => c.code),
    topics: [...article.topics].sort((a, b) => b.score - a.score).map((t) => t.code),
    people,
    quoteCount: article.quotes.length,
    excerpt: firstParagraph.length > 240 ? `${firstParagraph.slice(0, 239)}…` : firstParagraph,
    file,
  };
}

function entityFiles(articles: AnnotatedArticle[], files: Map<string, string>): EntityFile[] {
  const byId = new Map<string, EntityFile>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const file: EntityFile = byId.get(entity.id) ?? {
        schemaVersion: SCHEMA_VERSION,
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: entity.aliases,
        ...(entity.role ? { role: entity.role } : {}),
        countries: entity.country ? [entity.country] : [],
        articles: [],
        quotes: [],
        related: [],
      };
      file.articles.push({
        id: article.id,
        title: article.title,
        published: article.published,
        file: files.get(article.id) ?? '',
        mentions: entity.mentions.length,
      });
      for (const quote of article.quotes.filter((q) => q.speaker?.entityId === entity.id)) {
        const text = article.body.slice(quote.start, quote.end);
        file.quotes.push({ articleId: article.id, quoteId: quote.id, kind: quote.kind, text });
      }
      byId.set(entity.id, file);
    }
  }
  // Related: other entities appearing in the same articles, by number of shared articles.
  for (const file of byId.values()) {
    const shared = file.articles.flatMap(
      (ref) =>
        articles.find((a) => a.id === ref.id)?.entities.filter((e) => e.id !== file.id) ?? [],
    );
    file.related = countBy(shared, (e) => e.id).map(([id, count]) => {
      const other = byId.get(id);
      return { id, name: other?.name ?? id, type: other?.type ?? 'person', count };
    });
  }
  return [...byId.values()];
}

/** Builds every corpus file for the given articles (newest first in the index). */
export function buildCorpus(articles: AnnotatedArticle[], builtAt: string): CorpusFiles {
  const corpus: CorpusFiles = new Map();
  const sorted = [...articles].sort((a, b) => b.published.localeCompare(a.published));
  const articleFiles = new Map<string, string>();
  const lookups = new Map<string, Record<string, string>>();
  for (const article of sorted) {
    const path = articleFilePath(article.id, hashOf(annotatedArticleSchema.parse(article)));
    corpus.set(path, article);
    articleFiles.set(article.id, path);
    const lookup = articleLookupPath(article.id);
    lookups.set(lookup, { ...lookups.get(lookup), [article.id]: path });
  }
  for (const [path, files] of lookups) {
    corpus.set(path, articleLookupSchema.parse({ schemaVersion: SCHEMA_VERSION, files }));
  }
  const entities = entityFiles(sorted, articleFiles);
  for (const entity of entities)
    corpus.set(entityFilePath(entity.id), entityFileSchema.parse(entity));

  const records = sorted.map((a) => indexRecord(a, articleFiles.get(a.id) ?? ''));
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const feedCorpus = buildFeedCorpus(
    records,
    sorted.map((article, doc) => [
      article.title,
      article.body,
      ...(records[doc]?.people ?? []).map((id) => names.get(id) ?? ''),
    ]),
    hashOf,
  );
  for (const [path, value] of feedCorpus.files) corpus.set(path, value);

  const allCountries = sorted.flatMap((a) => a.countries);
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    builtAt,
    engineVersion: `standin+${ENGINE_VERSION}`,
    counts: {
      articles: sorted.length,
      quotes: sorted.reduce((sum, a) => sum + a.quotes.length, 0),
      entities: entities.length,
    },
    facets: {
      countries: countBy(allCountries, (c) => c.code).map(([code]) => ({
        code,
        about: allCountries.filter((c) => c.code === code && c.role === 'about').length,
        mentions: allCountries.filter((c) => c.code === code && c.role === 'mentions').length,
      })),
      topics: countBy(
        sorted.flatMap((a) => a.topics),
        (t) => t.code,
      ).map(([code, count]) => ({
        code,
        label: sorted.flatMap((a) => a.topics).find((t) => t.code === code)?.label ?? code,
        count,
      })),
      people: countBy(
        records.flatMap((record) => record.people),
        (id) => id,
      ).map(([id, count]) => ({ id, name: names.get(id) ?? id, count })),
      sources: countBy(sorted, (a) => slugify(a.source.name)).map(([id, count]) => {
        const source = sorted.find((a) => slugify(a.source.name) === id)?.source;
        return { id, name: source?.name ?? id, country: source?.country, count };
      }),
    },
    pages: feedCorpus.pages,
    feed: feedCorpus.feed,
  };
  corpus.set('manifest.json', manifestSchema.parse(manifest));
  return corpus;
}

/**
 * Replaces outDir with the corpus files the way the ingest replaces its output (one atomic
 * switch, and only a folder the ingest or this script wrote: src/ingest/output/outputFolder.ts).
 */
export async function writeCorpus(outDir: string, corpus: CorpusFiles): Promise<void> {
  const output = await OutputFolder.open(outDir, [], createReporter({}));
  try {
    await output.replaceWith(async (staging) => {
      for (const [path, json] of corpus) await staging.writeText(path, `${JSON.stringify(json)}\n`);
    });
  } finally {
    await output.release();
  }
}

async function main(): Promise<void> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(root, process.argv[2] ?? 'public/data');
  const corpus = buildCorpus(standinArticles(), new Date().toISOString());
  await writeCorpus(outDir, corpus);
  console.log(`Stand-in corpus: wrote ${corpus.size} files to ${outDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
