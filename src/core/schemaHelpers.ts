/**
 * Small builders the schema modules share (schemaCorpus.ts, schemaArticle.ts): not part of the
 * contract, so schema.ts does not re-export them.
 */
import * as z from 'zod/mini';

/** A whole number, zero or more. */
export const count = () => z.int().check(z.nonnegative());
/** A string of at least one character. */
export const nonEmpty = () => z.string().check(z.minLength(1));
/** The count of a facet value's articles. */
export const facetCount = { count: count() };
/** A corpus file named by path and content hash. */
export const fileRef = { file: z.string(), hash: z.string() };
