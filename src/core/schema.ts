/**
 * The one contract between the core, the corpus files and the UI.
 * The ingest validates what it writes and the app validates what it reads with these schemas.
 * Offsets are JavaScript string indices (UTF-16 code units) into `body`, end exclusive.
 *
 * Written with zod/mini (functions instead of methods, so a bundle keeps only the validators it
 * uses): the front page reads its data through these schemas, and classic zod would add about
 * 20 KB gzip to its JavaScript. Error messages come from schemaErrors.ts, not zod's locale.
 */
import * as z from 'zod/mini';

import { SCHEMA_VERSION } from './schemaVersion';

export { SCHEMA_VERSION };

const count = () => z.int().check(z.nonnegative());
const nonEmpty = () => z.string().check(z.minLength(1));
const startBeforeEnd = z.refine<{ start: number; end: number }>((span) => span.start < span.end, {
  message: 'start must be before end',
});

export const spanSchema = z
  .object({ start: count(), end: z.int().check(z.positive()) })
  .check(startBeforeEnd);
export type Span = z.infer<typeof spanSchema>;

export const quoteKindSchema = z.enum(['direct', 'mixed', 'indirect']);
export type QuoteKind = z.infer<typeof quoteKindSchema>;

export const entityTypeSchema = z.enum(['person', 'organization', 'location']);
export type EntityType = z.infer<typeof entityTypeSchema>;

export const speakerSchema = z.object({ name: nonEmpty(), entityId: nonEmpty() });
export type Speaker = z.infer<typeof speakerSchema>;

export const quoteSchema = z
  .object({
    id: nonEmpty(),
    start: count(),
    end: z.int().check(z.positive()),
    kind: quoteKindSchema,
    speaker: z.nullable(speakerSchema),
    /** The speech verb or phrase that attributes the quote ("said", "according to"). */
    cue: z.optional(z.string()),
  })
  .check(startBeforeEnd);
export type Quote = z.infer<typeof quoteSchema>;

export const entitySchema = z.object({
  id: nonEmpty(),
  name: nonEmpty(),
  type: entityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.array(spanSchema),
  /** A role the article gives the entity ("finance minister"), when it gives one. */
  role: z.optional(z.string()),
  /** ISO 3166-1 alpha-2 code, for places that are (or lie in) a country. */
  country: z.optional(z.string().check(z.length(2))),
});
export type Entity = z.infer<typeof entitySchema>;

export const countryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'));
export const countryRoleSchema = z.enum(['about', 'mentions']);
export type CountryRole = z.infer<typeof countryRoleSchema>;
export const articleCountrySchema = z.object({ code: countryCodeSchema, role: countryRoleSchema });
export type ArticleCountry = z.infer<typeof articleCountrySchema>;

export const topicCodeSchema = z
  .string()
  .check(z.regex(/^medtop:\d{8}$/, 'an IPTC Media Topic code'));
export const articleTopicSchema = z.object({
  code: topicCodeSchema,
  label: nonEmpty(),
  score: z.number().check(z.gte(0), z.lte(1)),
});
export type ArticleTopic = z.infer<typeof articleTopicSchema>;

export const sourceSchema = z.object({
  name: nonEmpty(),
  country: z.optional(countryCodeSchema),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * A limit that applied while annotating, so that no limit is silent. `body-length`: only the first
 * `annotated` of the body's `total` characters were annotated (core/limits.ts). Defined inline in
 * annotatedArticleSchema: this module is part of the front page's first JavaScript.
 */
export type AnnotationLimit = NonNullable<AnnotatedArticle['limits']>[number];

/** What annotate() accepts: only the body is required. */
export const articleInputSchema = z.object({
  id: z.optional(z.string()),
  title: z.optional(z.string()),
  body: z.string(),
  published: z.optional(z.string()),
  source: z.optional(sourceSchema),
  byline: z.optional(z.string()),
  url: z.optional(z.string()),
  language: z.optional(z.string()),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export const annotatedArticleSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: nonEmpty(),
  title: z.string(),
  body: z.string(),
  /** ISO 8601 date or date-time; empty when unknown. */
  published: z.string(),
  source: sourceSchema,
  byline: z.optional(z.string()),
  url: z.optional(z.string()),
  language: z.optional(z.string()),
  quotes: z.array(quoteSchema),
  entities: z.array(entitySchema),
  countries: z.array(articleCountrySchema),
  topics: z.array(articleTopicSchema),
  /** Present only when a limit applied (AnnotationLimit): the annotations cover part of the body. */
  limits: z.optional(
    z.array(z.object({ kind: z.literal('body-length'), annotated: count(), total: count() })),
  ),
});
export type AnnotatedArticle = z.infer<typeof annotatedArticleSchema>;

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

const facetCount = { count: count() };
const fileRef = { file: z.string(), hash: z.string() };

// ---- The front page's files: doc sets per facet value, sort keys, search by word prefix ----
// Doc numbers are positions in the feed's order (newest first), the order of `manifest.pages`.

/** Facet columns, one file each: countries an article is about, countries it only mentions… */
export const FACET_COLUMNS = ['about', 'mentions', 'topic', 'person', 'source'] as const;
export type FacetColumnName = (typeof FACET_COLUMNS)[number];

/** Every value of one facet with the set of docs having it (core/corpus/docSets.ts). */
export const facetSetsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.literal('broadsheet-docsets/1'),
  column: z.enum(FACET_COLUMNS),
  /** Number of docs in the corpus: every doc number in `sets` is below it. */
  docs: count(),
  values: z.array(nonEmpty()),
  /** base64 of one doc set per value, in the order of `values`. */
  sets: z.string(),
});
export type FacetSetsFile = z.infer<typeof facetSetsFileSchema>;

/** What ordering needs beyond doc numbers: quote counts (most quoted) and dates (imports). */
export const docKeysFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.literal('broadsheet-keys/1'),
  docs: count(),
  /** base64 of one varint per doc: its number of quotes. */
  quotes: z.string(),
  /** Docs 0..dated-1 have a date; the others (undated) come last. */
  dated: count(),
  /** base64 of zigzag varints: each dated doc's minutes since 1970 minus the previous doc's. */
  minutes: z.string(),
});
export type DocKeysFile = z.infer<typeof docKeysFileSchema>;

/**
 * The search vocabulary split into buckets by the first two letters of each term, so a query
 * fetches only the buckets of its words. Bucket i holds the terms whose first two letters are
 * >= `from` and below the next bucket's `from` (code-unit order).
 */
export const searchBucketsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.literal('broadsheet-search/2'),
  /** True when whole bodies are indexed; large corpora index each article's opening. */
  fullText: z.boolean(),
  docs: count(),
  buckets: z.array(z.object({ from: z.string(), terms: count(), ...fileRef })),
});
export type SearchBucketsFile = z.infer<typeof searchBucketsFileSchema>;

/** One bucket: terms in code-unit order, postings as in core/search/postings.ts (doc numbers). */
export const searchBucketFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.literal('broadsheet-search/2'),
  terms: z.array(z.string()),
  postings: z.string(),
});
export type SearchBucketFile = z.infer<typeof searchBucketFileSchema>;

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

/** Every quoted person with the number of articles quoting them (manifest.facetFiles.people). */
export const peopleFacetFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  people: z.array(z.object({ id: z.string(), name: z.string(), ...facetCount })),
});
export type PeopleFacetFile = z.infer<typeof peopleFacetFileSchema>;

/** A lookup bucket (`lookup/<bucket>.json`, see corpus/paths.ts): article id -> article file. */
export const articleLookupSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  files: z.record(z.string(), z.string()),
});
export type ArticleLookup = z.infer<typeof articleLookupSchema>;

/** One corpus-wide entity: everything the entity page shows. */
export const entityFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: nonEmpty(),
  name: nonEmpty(),
  type: entityTypeSchema,
  aliases: z.array(z.string()),
  role: z.optional(z.string()),
  countries: z.array(countryCodeSchema),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      published: z.string(),
      file: z.string(),
      mentions: count(),
    }),
  ),
  quotes: z.array(
    z.object({
      articleId: z.string(),
      quoteId: z.string(),
      kind: quoteKindSchema,
      text: z.string(),
    }),
  ),
  related: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: entityTypeSchema,
      count: count(),
    }),
  ),
  /**
   * Totals across the corpus. For very frequent entities `articles` and `quotes` hold only the
   * newest ones (the ingest caps them), so these can be larger than the arrays.
   */
  counts: z.optional(z.object({ articles: count(), quotes: count() })),
});
export type EntityFile = z.infer<typeof entityFileSchema>;
