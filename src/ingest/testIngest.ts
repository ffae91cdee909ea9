// For the ingest tests: a fresh copy of the fixture corpus in a temporary folder, and a listing of
// what a folder holds.
import { cpSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { IngestOptions } from './ingest';
import { createReporter } from './progress';

export const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/ingest');

/** Options for an ingest of the good fixtures (and the bad ones) into `<tmp>/public/data`. */
export function setup(withBad = false): IngestOptions & { root: string; lines: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'ingest-'));
  const contentDir = join(root, 'content');
  cpSync(join(FIXTURES, 'good'), contentDir, { recursive: true });
  if (withBad) {
    cpSync(join(FIXTURES, 'bad'), contentDir, { recursive: true });
    writeFileSync(join(contentDir, 'zero-bytes.md'), '');
    writeFileSync(
      join(contentDir, 'invalid.json'),
      '{ "title": "No closing brace", "body": "Text."',
    );
    writeFileSync(join(contentDir, 'picture.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    symlinkSync(join(root, 'gone.md'), join(contentDir, 'dangling.md'));
  }
  const lines: string[] = [];
  return {
    root,
    lines,
    contentDir,
    outDir: join(root, 'public', 'data'),
    cacheDir: join(root, 'cache'),
    jobs: 2,
    reporter: createReporter({ quiet: true, write: (text) => lines.push(text) }),
  };
}

/** Every file below `dir` (following a link at `dir` itself), relative to it, sorted. */
export const snapshot = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
