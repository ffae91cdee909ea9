/**
 * Writes every article of a built corpus (public/data) in another format. Reads the manifest and
 * index shards, then each article file; output is one file per article, flat for up to 10,000
 * articles and in 256 bucket folders above that (no folder over 10,000 files).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bucketOf, pagePaths } from '../../core/corpus/paths';
import { annotatedArticleSchema, indexShardSchema, manifestSchema } from '../../core/schema';
import { countryName } from '../../core/geo/gazetteer';
import { toNinjs } from '../../core/export/ninjs';

const FLAT_LIMIT = 10_000;

export async function exportNinjs(options: {
  dataDir: string;
  outDir: string;
  extensions?: boolean;
  onProgress?: (done: number, total: number) => void;
}): Promise<number> {
  const readJson = async (path: string): Promise<unknown> =>
    JSON.parse(await readFile(join(options.dataDir, path), 'utf8'));
  const manifest = manifestSchema.parse(await readJson('manifest.json'));
  const total = manifest.counts.articles;
  const bucketed = total > FLAT_LIMIT;
  let done = 0;
  await mkdir(options.outDir, { recursive: true });
  for (const page of pagePaths(manifest.pages)) {
    const shard = indexShardSchema.parse(await readJson(page));
    for (const record of shard.records) {
      const article = annotatedArticleSchema.parse(await readJson(record.file));
      const folder = bucketed ? join(options.outDir, bucketOf(article.id)) : options.outDir;
      if (bucketed) await mkdir(folder, { recursive: true });
      const item = toNinjs(article, { extensions: options.extensions, countryName });
      await writeFile(join(folder, `${article.id}.json`), `${JSON.stringify(item, null, 2)}\n`);
      options.onProgress?.(++done, total);
    }
  }
  return done;
}
