/**
 * The version of every corpus file's shape (schema.ts), bumped on breaking changes. On its own so
 * the engine needs only this value from the schema module: a change to the corpus files'
 * schemas does not invalidate cached annotations (ingest/annotate/cache.ts).
 */
export const SCHEMA_VERSION = 1;
