/**
 * The synthetic corpus of the browser benchmark: the articles of `bench:ingest`'s generator at N,
 * ingested with the real ingest into `<dir>/<N>/public/data` (its annotation cache beside it, so
 * a second run only re-merges, and an unchanged corpus is "up to date" at once).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  manifestSchema,
  indexShardSchema,
  type IndexRecord,
  type Manifest,
} from '../../../src/core/schema';
import { writeSyntheticCorpus } from '../../synthetic/generate';
import { pagePaths } from '../../../src/core/corpus/paths';

export interface BenchCorpus {
  size: number;
  dataDir: string;
  manifest: Manifest;
}

function runIngest(content: string, out: string, cache: string): Promise<number | null> {
  const args = ['--max-old-space-size=1024', '--import', 'tsx', 'scripts/ingest.ts'];
  args.push('--content', content, '--out', out, '--cache', cache, '--quiet');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve) => child.on('exit', resolve));
}

/** Generates (once) and ingests the corpus of `size` articles; reuses what is there. */
export async function ensureCorpus(
  dir: string,
  size: number,
  { reuse = false } = {},
): Promise<BenchCorpus> {
  const root = join(dir, String(size));
  const content = join(root, 'content');
  const dataDir = join(root, 'public', 'data');
  if (!existsSync(join(content, '.complete'))) {
    console.log(`  generating ${size} synthetic articles in ${content}…`);
    await writeSyntheticCorpus(content, size);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(content, '.complete'), '');
  }
  if (reuse && existsSync(join(dataDir, 'manifest.json'))) {
    // Re-merging 100,000 articles takes minutes on two cores: with --reuse-corpus the last
    // ingest's output is measured as it is (the caller knows the ingest has not changed since).
    console.log(`  reusing ${dataDir} as the last ingest wrote it (--reuse-corpus)`);
  } else {
    console.log(`  ingesting ${content} (cached annotations are reused)…`);
    const code = await runIngest(content, dataDir, join(root, 'cache'));
    if (code !== 0) throw new Error(`the ingest of ${size} articles exited with code ${code}`);
  }
  const manifest = manifestSchema.parse(
    JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')),
  );
  return { size, dataDir, manifest };
}

/** Every index record, in the feed's order, to compute what the page must show. */
export async function allRecords(corpus: BenchCorpus): Promise<IndexRecord[]> {
  const records: IndexRecord[] = [];
  for (const file of pagePaths(corpus.manifest.pages)) {
    const page = indexShardSchema.parse(
      JSON.parse(await readFile(join(corpus.dataDir, file), 'utf8')),
    );
    records.push(...page.records);
  }
  return records;
}
