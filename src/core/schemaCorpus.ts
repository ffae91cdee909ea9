/**
 * The corpus files the front page reads (manifest, record pages, facet doc sets, sort keys,
 * search buckets, people): part of the one contract, re-exported by schema.ts.
 *
 * A module of its own because the front page's first JavaScript holds it: zod builds every
 * schema of a module when the module loads, and the article and entity schemas
 * (schemaArticle.ts) cost a slow phone's first screen time for files it never reads.
 */
import * as z from 'zod/mini';

import { count, facetCount, fileRef, nonEmpty } from './schemaHelpers';
import { SCHEMA_VERSION } from './schemaVersion';

export const countryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'));
export const topicCodeSchema = z
  .string()
  .check(z.regex(/^medtop:\d{8}$/, 'an IPTC Media Topic code'));
// ---- Corpus files the app reads (written by the ingest into public/data) ----

/** A light record per article for the feed; the full article lives in its own file. */
export const indexRecordSchema = z.object({
  id: nonEmpty(),
  title: z.string(),
  published: z.string(),
  /** Source id (a slug of the outlet's name). */
  source: z.string(),
  /** Countries the article is about, then countries it only mentions. */
  about: z.array(countryCodeSchema),
  mentions: z.array(countryCodeSchema),
  /** IPTC Media Topic codes, main topic first. */
  topics: z.array(topicCodeSchema),
  /** Corpus-wide entity ids of the people quoted, most quoted first. */
  people: z.array(z.string()),
  quoteCount: count(),
  excerpt: z.string(),
  /** Path of the full article file, relative to the data root (content-hashed). */
  file: nonEmpty(),
});
export type IndexRecord = z.infer<typeof indexRecordSchema>;

export const indexShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  shard: count(),
  records: z.array(indexRecordSchema),
});
export type IndexShard = z.infer<typeof indexShardSchema>;

// ---- The manifest: the front page's first screen, and where its other files are ----
// Doc numbers are positions in the feed's order (newest first), the order of `manifest.pages`.

/** Facet columns, one file each: countries an article is about, countries it only mentions… */
export const FACET_COLUMNS = ['about', 'mentions', 'topic', 'person', 'source'] as const;
export type FacetColumnName = (typeof FACET_COLUMNS)[number];

/** The manifest's pointers to the front page's files. */
const manifestFeedSchema = z.object({
  /** The first records of the feed, so the first cards need no file but the manifest. */
  head: z.array(indexRecordSchema),
  columns: z.array(z.object({ column: z.enum(FACET_COLUMNS), bytes: count(), ...fileRef })),
  keys: z.object(fileRef),
  search: z.object(fileRef),
});

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  builtAt: z.string(),
  engineVersion: z.string(),
  counts: z.object({
    articles: count(),
    quotes: count(),
    entities: count(),
  }),
  facets: z.object({
    countries: z.array(
      z.object({
        code: countryCodeSchema,
        /** The English name, so the first screen needs no locale data to show it. */
        name: z.optional(z.string()),
        about: count(),
        mentions: count(),
      }),
    ),
    topics: z.array(z.object({ code: topicCodeSchema, label: z.string(), ...facetCount })),
    people: z.array(z.object({ id: z.string(), name: z.string(), ...facetCount })),
    sources: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        country: z.optional(z.string()),
        ...facetCount,
      }),
    ),
  }),
  /**
   * Pages of index records (indexShardSchema) in the feed's order (newest first), `size`
   * records each (the last may hold fewer): a record's position in that order is its doc
   * number, doc d is in page d / size, and page n is the file `<dir>/<n>.json`. The folder's
   * name is a hash of every page, so pages can be cached for ever; the manifest stays small
   * however many pages there are.
   */
  pages: z.object({ dir: z.string(), count: count(), size: z.int().check(z.positive()) }),
  /**
   * Full facet vocabularies too large for the manifest: `facets.people` holds the most quoted
   * people only (the top 500); the file named here has every quoted person.
   */
  facetFiles: z.optional(
    z.object({ people: z.object({ file: z.string(), hash: z.string(), count: z.int() }) }),
  ),
  /** What the front page reads beyond the facet counts above: see feedFilesSchema. */
  feed: manifestFeedSchema,
  /** Files are laid out as in src/core/corpus/paths.ts (articles, lookup, entities). */
});
export type Manifest = z.infer<typeof manifestSchema>;
