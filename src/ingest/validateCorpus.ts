/**
 * Reads a built corpus back and checks every file against the shared schemas, and that every file
 * the manifest, shards and lookups point at exists. Used by the tests and by the bench.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type * as z from 'zod/mini';
import { decodeDocSets } from '../core/corpus/docSets';
import { pagePaths } from '../core/corpus/paths';
import {
  annotatedArticleSchema,
  articleLookupSchema,
  docKeysFileSchema,
  entityFileSchema,
  facetSetsFileSchema,
  indexShardSchema,
  manifestSchema,
  peopleFacetFileSchema,
  searchBucketFileSchema,
  searchBucketsFileSchema,
  type Manifest,
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
  [/^facets\/keys\./, docKeysFileSchema],
  [/^facets\//, facetSetsFileSchema],
  [/^search\/buckets\./, searchBucketsFileSchema],
  [/^search\//, searchBucketFileSchema],
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
  const readJson = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(join(root, file), 'utf8'));
  const buckets = searchBucketsFileSchema.parse(await readJson(manifest.feed.search.file));
  const pointed = [
    ...pagePaths(manifest.pages),
    ...(manifest.facetFiles ? [manifest.facetFiles.people.file] : []),
    ...manifest.feed.columns.map((column) => column.file),
    manifest.feed.keys.file,
    manifest.feed.search.file,
    ...buckets.buckets.map((bucket) => bucket.file),
  ];
  errors.push(...(await checkColumnCounts(manifest, readJson)));
  for (const page of pagePaths(manifest.pages)) {
    const records = indexShardSchema.parse(JSON.parse(await readFile(join(root, page), 'utf8')));
    pointed.push(...records.records.map((record) => record.file));
  }
  for (const file of pointed) if (!files.has(file)) errors.push(`${file}: referenced but missing`);
  return { errors, articles };
}

/** Each facet value's doc set must hold as many articles as the manifest's count says. */
async function checkColumnCounts(
  manifest: Manifest,
  readJson: (file: string) => Promise<unknown>,
): Promise<string[]> {
  const expected = new Map<string, number>();
  for (const country of manifest.facets.countries) {
    expected.set(`about:${country.code}`, country.about);
    expected.set(`mentions:${country.code}`, country.mentions);
  }
  for (const topic of manifest.facets.topics) expected.set(`topic:${topic.code}`, topic.count);
  for (const person of manifest.facets.people) expected.set(`person:${person.id}`, person.count);
  for (const source of manifest.facets.sources) expected.set(`source:${source.id}`, source.count);
  const errors: string[] = [];
  for (const ref of manifest.feed.columns) {
    const file = facetSetsFileSchema.parse(await readJson(ref.file));
    decodeDocSets(file.sets, file.values.length, file.docs, ref.file, (index, _docs, length) => {
      const key = `${file.column}:${file.values[index] ?? ''}`;
      const count = expected.get(key);
      if (count !== undefined && count !== length)
        errors.push(`${ref.file}: ${key} has ${length} articles, the manifest says ${count}`);
    });
  }
  return errors;
}
