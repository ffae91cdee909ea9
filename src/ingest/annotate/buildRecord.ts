/**
 * "Nothing changed" detection. A build key covers the engine, the ingest code and every input's
 * cache key; after a successful build it is recorded (in the cache folder) with the hash of the
 * manifest written. When the next run computes the same key and the output's manifest is still the
 * one written, the output is up to date and the run stops early, re-reporting the bad inputs of the
 * recorded build. `--force` rebuilds anyway.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputFile, InputProblem } from '../inputs/discover';
import { sha256 } from '../text';
import { cacheKey, coreFingerprint, engineFingerprint } from './cache';

const INGEST_DIR = fileURLToPath(new URL('..', import.meta.url));

interface BuildRecord {
  buildKey: string;
  manifestHash: string;
  articles: number;
  problems: InputProblem[];
  /** Articles annotated only in part (a limit applied), re-reported while up to date. */
  limited?: InputProblem[];
}

function ingestFingerprint(): string {
  const files = readdirSync(INGEST_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mjs)$/.test(file) && !/\.test\.ts$/.test(file))
    .sort();
  return sha256(
    files.map((file) => `${file}\0${sha256(readFileSync(join(INGEST_DIR, file)))}`).join('\0'),
  );
}

/** Reads and hashes every input (bounded concurrency); unreadable files count by their id. */
export async function buildKeyOf(inputs: readonly InputFile[]): Promise<string> {
  const keys: string[] = new Array<string>(inputs.length);
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      const input = inputs[index];
      if (!input) continue;
      try {
        keys[index] = cacheKey(input.id, input.extension, await readFile(input.path));
      } catch {
        keys[index] = `unreadable:${input.id}`;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, runner));
  const code = `${engineFingerprint()}\0${coreFingerprint()}\0${ingestFingerprint()}`;
  return sha256(`${code}\0${keys.join('\0')}`);
}

const recordFile = (cacheDir: string, outDir: string): string =>
  join(cacheDir, 'builds', `${sha256(resolve(outDir), 16)}.json`);

/** The recorded build when it matches `buildKey` and the output was not touched since. */
export async function upToDateBuild(
  cacheDir: string,
  outDir: string,
  buildKey: string,
): Promise<BuildRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(recordFile(cacheDir, outDir), 'utf8')) as BuildRecord;
    if (record.buildKey !== buildKey) return undefined;
    const manifest = await readFile(join(outDir, 'manifest.json'));
    return sha256(manifest) === record.manifestHash ? record : undefined;
  } catch {
    return undefined;
  }
}

export async function recordBuild(
  cacheDir: string,
  outDir: string,
  record: Omit<BuildRecord, 'manifestHash'>,
): Promise<void> {
  const manifestHash = sha256(await readFile(join(outDir, 'manifest.json')));
  const file = recordFile(cacheDir, outDir);
  await mkdir(join(cacheDir, 'builds'), { recursive: true });
  await writeFile(file, JSON.stringify({ ...record, manifestHash }));
}
