/**
 * Reads a built corpus back and checks every file against the shared schemas, and that every file
 * the manifest, shards and lookups point at exists. Used by the tests and by the bench.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type * as z from 'zod/mini';
import {
  annotatedArticleSchema,
  articleLookupSchema,
  entityFileSchema,
  indexShardSchema,
  manifestSchema,
  peopleFacetFileSchema,
  searchIndexFileSchema,
} from '../core/schema';
import { describeSchemaError } from '../core/schemaErrors';
import { MARKER } from './output/marker';

const SCHEMAS: [RegExp, z.ZodMiniType][] = [
  [/^manifest\.json$/, manifestSchema],
  [/^index\//, indexShardSchema],
  [/^lookup\//, articleLookupSchema],
  [/^articles\//, annotatedArticleSchema],
  [/^entities\//, entityFileSchema],
  [/^facets\/people\./, peopleFacetFileSchema],
  [/^search\//, searchIndexFileSchema],
];

/** Whether a path (relative to the data root) is one the ingest writes. */
export const isCorpusFile = (path: string): boolean =>
  path === MARKER || SCHEMAS.some(([pattern]) => pattern.test(path));

export async function validateCorpus(
  root: string,
): Promise<{ errors: string[]; articles: number }> {
  const errors: string[] = [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Set(
    entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))),
  );
  let articles = 0;
  for (const file of files) {
    if (file === MARKER) continue;
    const schema = SCHEMAS.find(([pattern]) => pattern.test(file))?.[1];
    if (!schema) {
      errors.push(`${file}: not a known corpus file`);
      continue;
    }
    const parsed = schema.safeParse(JSON.parse(await readFile(join(root, file), 'utf8')));
    if (!parsed.success) errors.push(describeSchemaError(parsed.error, file));
    if (file.startsWith('articles/')) articles++;
  }
  const manifest = manifestSchema.parse(
    JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')),
  );
  const pointed = [
    ...manifest.shards.map((shard) => shard.file),
    ...(manifest.search ? [manifest.search.file] : []),
    ...(manifest.searchShards ?? []).map((shard) => shard.file),
    ...(manifest.facetFiles ? [manifest.facetFiles.people.file] : []),
  ];
  for (const shard of manifest.shards) {
    const records = indexShardSchema.parse(
      JSON.parse(await readFile(join(root, shard.file), 'utf8')),
    );
    pointed.push(...records.records.map((record) => record.file));
  }
  for (const file of pointed) if (!files.has(file)) errors.push(`${file}: referenced but missing`);
  return { errors, articles };
}
