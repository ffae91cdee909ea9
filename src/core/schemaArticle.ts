/**
 * Articles (what annotate() accepts and returns), article lookups and entity pages: part of the
 * one contract, re-exported by schema.ts. Read by the reader, the entity page, the import and
 * the ingest, not by the front page's first screen (see schemaCorpus.ts).
 */
import * as z from 'zod/mini';

import { countryCodeSchema, topicCodeSchema } from './schemaCorpus';
import { count, nonEmpty } from './schemaHelpers';
import { SCHEMA_VERSION } from './schemaVersion';

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

export const countryRoleSchema = z.enum(['about', 'mentions']);
export type CountryRole = z.infer<typeof countryRoleSchema>;
export const articleCountrySchema = z.object({ code: countryCodeSchema, role: countryRoleSchema });
export type ArticleCountry = z.infer<typeof articleCountrySchema>;

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
