import { existsSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pagePath } from '../core/corpus/paths';
import { runIngest } from './ingest';
import { FIXTURES, setup, snapshot } from './testIngest';
import { validateCorpus } from './validateCorpus';

const failing = vi.hoisted(() => ({ entities: false }));
vi.mock('./output/writeEntities', async (importOriginal) => {
  const original = await importOriginal<typeof import('./output/writeEntities')>();
  return {
    ...original,
    writeEntities: (...args: Parameters<typeof original.writeEntities>) => {
      if (failing.entities) throw new Error('disk full (simulated)');
      return original.writeEntities(...args);
    },
  };
});

beforeEach(() => {
  failing.entities = false;
});

describe('runIngest', { timeout: 90_000 }, () => {
  it('ingests good input of every format into a corpus that passes the schemas', async () => {
    const options = setup();
    const result = await runIngest(options);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ written: true, articles: 4, annotated: 4, cached: 0 });
    const manifest = JSON.parse(readFileSync(join(options.outDir, 'manifest.json'), 'utf8'));
    expect(manifest.counts.articles).toBe(4);
    expect(manifest.pages.count).toBe(1);
    const checked = await validateCorpus(options.outDir);
    expect(checked.errors).toEqual([]);
    expect(checked.articles).toBe(4);
    // Newest first in the first page.
    const shard = JSON.parse(
      readFileSync(join(options.outDir, pagePath(manifest.pages, 0)), 'utf8'),
    );
    expect(shard.records.map((record: { id: string }) => record.id)).toEqual([
      'plateau-wheat-harvest',
      'harbour-ferry-timetable',
      'river-port-dredging',
      'coastal-wind-tender',
    ]);
  });

  it('reports each bad input with its path and reason and still ingests the rest', async () => {
    const options = setup(true);
    const result = await runIngest(options);
    expect(result.written).toBe(true);
    expect(result.articles).toBe(4);
    const reasons = Object.fromEntries(
      result.problems.map((problem) => [
        relative(options.contentDir, problem.path),
        problem.reason,
      ]),
    );
    expect(reasons).toMatchObject({
      'unclosed-front-matter.md': expect.stringMatching(/front matter/),
      'broken-yaml.md': expect.stringMatching(/invalid front matter/),
      'missing-title.md': 'missing title',
      'impossible-date.md': expect.stringMatching(/no such day/),
      'not-a-date.txt': expect.stringMatching(/invalid date/),
      'invalid.json': expect.stringMatching(/invalid JSON/),
      'blank.md': 'empty file',
      'zero-bytes.md': 'empty file',
      'picture.txt': expect.stringMatching(/not a text file/),
      'dangling.md': 'unreadable: ENOENT',
    });
    expect(result.problems).toHaveLength(10);
    // An up-to-date re-run still reports the bad inputs (and so still fails).
    const again = await runIngest(options);
    expect(again).toMatchObject({ upToDate: true, articles: 4 });
    expect(again.problems).toHaveLength(10);
  });

  it('--strict stops at the first bad input and leaves the previous output untouched', async () => {
    const options = setup();
    await runIngest(options);
    const before = snapshot(options.outDir);
    cpSync(join(FIXTURES, 'bad', 'missing-title.md'), join(options.contentDir, 'missing-title.md'));
    const result = await runIngest({ ...options, strict: true });
    expect(result.written).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(snapshot(options.outDir)).toEqual(before);
  });

  it('a run that fails while writing leaves the previous output untouched and no staging folder', async () => {
    const options = setup();
    await runIngest(options);
    const before = snapshot(options.outDir);
    const manifestBefore = readFileSync(join(options.outDir, 'manifest.json'), 'utf8');
    writeFileSync(
      join(options.contentDir, 'new-story.md'),
      '---\ntitle: A new story\npublished: 2026-09-01\n---\nA new body.',
    );
    failing.entities = true;
    await expect(runIngest(options)).rejects.toThrow(/disk full/);
    expect(snapshot(options.outDir)).toEqual(before);
    expect(readFileSync(join(options.outDir, 'manifest.json'), 'utf8')).toBe(manifestBefore);
    // Beside the output link only the version it points at: the failed run's folder is gone.
    expect(readdirSync(join(options.outDir, '..')).sort()).toEqual([
      expect.stringMatching(/^\.data-\d+-\d+$/),
      'data',
    ]);
  });

  it('re-runs incrementally: unchanged inputs come from the cache, changed ones are redone', async () => {
    const options = setup();
    expect(await runIngest(options)).toMatchObject({ annotated: 4, cached: 0 });
    // Nothing changed: the output is up to date and kept as it is.
    expect(await runIngest(options)).toMatchObject({ upToDate: true, written: false, articles: 4 });
    // --force rebuilds the output, from the cache.
    expect(await runIngest({ ...options, force: true })).toMatchObject({
      annotated: 0,
      cached: 4,
      written: true,
    });
    const file = join(options.contentDir, 'plateau-wheat-harvest.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA new closing paragraph.\n`);
    const entries = () =>
      snapshot(options.cacheDir).filter((name) => /[0-9a-f]{64}\.json$/.test(name));
    expect(entries()).toHaveLength(4);
    // The changed input's old entry is no longer used: it is pruned once the output is written.
    expect(await runIngest(options)).toMatchObject({ annotated: 1, cached: 3, pruned: 1 });
    expect(entries()).toHaveLength(4);
  });

  it('--shard i/n annotates a slice into the cache and --merge builds from the cache alone', async () => {
    const options = setup();
    const first = await runIngest({ ...options, shard: { index: 0, count: 2 } });
    const second = await runIngest({ ...options, shard: { index: 1, count: 2 } });
    expect(first.written || second.written).toBe(false);
    expect(first.articles + second.articles).toBe(4);
    expect(existsSync(options.outDir)).toBe(false);
    const merged = await runIngest({ ...options, cacheOnly: true });
    expect(merged).toMatchObject({ written: true, articles: 4, annotated: 0, cached: 4 });
  });
});
