/**
 * The per-input annotation cache: one JSON file per input version, named by the SHA-256 of the
 * input's bytes, its id, its format, the engine version and the parser version. An unchanged input
 * is never annotated twice; a new engine (version or source) misses every entry. Entries are content-addressed,
 * so caches built on several machines (`--shard i/n`) can simply be copied into one folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION } from '../../core/annotate';
import { SCHEMA_VERSION, type AnnotatedArticle } from '../../core/schema';
import { PARSER_VERSION } from '../inputs/parseInput';
import { sha256 } from '../text';
import { writeAtomically } from '../writeAtomically';

const CORE_DIR = fileURLToPath(new URL('../../core', import.meta.url));
let fingerprint: string | undefined;
let coreHash: string | undefined;

const hashFiles = (files: readonly string[]): string =>
  sha256(files.map((file) => `${file}\0${sha256(readFileSync(join(CORE_DIR, file)))}`).join('\0'));

/**
 * The core's files that annotate() is made of: core/annotate.ts and what it imports at run time,
 * transitively (`import type` brings no code, so the schema module's types do not count).
 */
export function engineFiles(): string[] {
  const found = new Set<string>();
  const pending = ['annotate.ts'];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(file)) continue;
    found.add(file);
    const text = readFileSync(join(CORE_DIR, file), 'utf8');
    for (const [, target = ''] of text.matchAll(
      /^(?:import|export) (?!type )[^;]*?from '(\.\.?\/[^']+)'/gm,
    )) {
      const path = normalize(join(dirname(file), target));
      const candidates = [`${path}.ts`, path, `${path}/index.ts`];
      const hit = candidates.find((candidate) => existsSync(join(CORE_DIR, candidate)));
      if (hit) pending.push(hit);
    }
  }
  return [...found].sort();
}

/**
 * ENGINE_VERSION plus a hash of the engine's source files (annotate.ts and everything it
 * imports): an engine edited without a version bump (common while it is being developed) still
 * invalidates the cache, while the core's output formats (corpus files, search) do not.
 * Computed once per process.
 */
export function engineFingerprint(): string {
  fingerprint ??= sha256(`${ENGINE_VERSION}\0${PARSER_VERSION}\0${hashFiles(engineFiles())}`);
  return fingerprint;
}

/** A hash of every file of the core: a build whose output format changed is not up to date. */
export function coreFingerprint(): string {
  coreHash ??= hashFiles(
    readdirSync(CORE_DIR, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|json)$/.test(file) && !/\.test\.ts$/.test(file))
      .sort(),
  );
  return coreHash;
}

export function cacheKey(id: string, extension: string, bytes: Uint8Array): string {
  return sha256(
    Buffer.concat([Buffer.from(`${engineFingerprint()}\0${id}\0${extension}\0`), bytes]),
  );
}

export function cacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.json`);
}

/**
 * The cached annotation, or undefined when missing or unreadable (it is then redone). Entries were
 * validated before they were cached and every output file is validated again when written, so a
 * shape check is enough here (a full schema parse per entry costs seconds at 100,000 articles).
 */
export async function readCached(file: string): Promise<AnnotatedArticle | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const entry = JSON.parse(text) as Partial<AnnotatedArticle>;
    const looksRight =
      entry.schemaVersion === SCHEMA_VERSION &&
      typeof entry.id === 'string' &&
      typeof entry.body === 'string' &&
      Array.isArray(entry.entities) &&
      Array.isArray(entry.quotes) &&
      Array.isArray(entry.countries) &&
      Array.isArray(entry.topics);
    return looksRight ? (entry as AnnotatedArticle) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes an entry through a temporary name, so a crash never leaves half a file behind. */
export async function writeCached(file: string, article: AnnotatedArticle): Promise<void> {
  await writeAtomically(file, JSON.stringify(article));
}

const ENTRY = /^[0-9a-f]{64}\.json$/;
const BUCKET = /^[0-9a-f]{2}$/;

/**
 * Deletes cache entries a run did not use (`keep`: the entry files of its articles): versions of
 * inputs that changed or left, and everything an earlier engine wrote. Called after a full run
 * wrote its output, never after `--shard` runs, whose caches hold other slices. Touches only
 * files named like entries. Returns how many were deleted.
 */
export async function pruneCache(cacheDir: string, keep: ReadonlySet<string>): Promise<number> {
  let deleted = 0;
  let buckets: string[];
  try {
    buckets = (await readdir(cacheDir)).filter((name) => BUCKET.test(name));
  } catch {
    return 0;
  }
  for (const bucket of buckets) {
    const dir = join(cacheDir, bucket);
    for (const name of await readdir(dir)) {
      const file = join(dir, name);
      if (!ENTRY.test(name) || keep.has(file)) continue;
      await rm(file, { force: true });
      deleted++;
    }
  }
  return deleted;
}
