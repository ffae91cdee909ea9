/**
 * The front page's files beyond the manifest and its record pages: facet doc sets, sort keys,
 * search buckets, every quoted person. Part of the one contract, re-exported by schema.ts.
 *
 * A module of its own so that the front page loads it with those files (after its first cards),
 * not in its first JavaScript (see schemaCorpus.ts).
 */
import * as z from 'zod/mini';

import { FACET_COLUMNS } from './schemaCorpus';
import { count, facetCount, fileRef, nonEmpty } from './schemaHelpers';
import { SCHEMA_VERSION } from './schemaVersion';

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

/** Every quoted person with the number of articles quoting them (manifest.facetFiles.people). */
export const peopleFacetFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  people: z.array(z.object({ id: z.string(), name: z.string(), ...facetCount })),
});
export type PeopleFacetFile = z.infer<typeof peopleFacetFileSchema>;
