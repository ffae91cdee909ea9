// The output folder: the ingest replaces only a folder it wrote itself, switches to a new corpus
// in one atomic step, clears what dead runs left and never disturbs a live one. File-system calls
// are watched (and, to stand for a kill, stopped for good) at the exact step under test.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runIngest } from './ingest';
import { setup, snapshot } from './testIngest';
import { validateCorpus } from './validateCorpus';

type Mutation = 'rename' | 'rm' | 'rmdir' | 'symlink' | 'unlink';
const fsWatch = vi.hoisted(() => ({
  /** Called before each watched call; a promise that never settles stops the run there. */
  before: undefined as undefined | ((name: string, args: unknown[]) => Promise<void> | void),
  after: undefined as undefined | ((name: string, args: unknown[]) => Promise<void> | void),
  diskFullAt: undefined as RegExp | undefined,
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const call = (name: string, args: unknown[]) =>
    (fs[name as keyof typeof fs] as (...rest: unknown[]) => Promise<unknown>)(...args);
  const watched =
    (name: Mutation) =>
    async (...args: unknown[]) => {
      await fsWatch.before?.(name, args);
      const result = await call(name, args);
      await fsWatch.after?.(name, args);
      return result;
    };
  return {
    ...fs,
    rename: watched('rename'),
    rm: watched('rm'),
    rmdir: watched('rmdir'),
    symlink: watched('symlink'),
    unlink: watched('unlink'),
    writeFile: (...args: unknown[]) => {
      if (fsWatch.diskFullAt?.test(String(args[0]))) {
        // What Node says when a write fails for space: the syscall, no path.
        const error = new Error('ENOSPC: no space left on device, write');
        return Promise.reject(Object.assign(error, { code: 'ENOSPC', syscall: 'write' }));
      }
      return call('writeFile', args);
    },
  };
});

let sharedCache = '';
beforeAll(async () => {
  // One annotation cache for the whole file: every run after the first reads it, with no workers.
  sharedCache = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
  await runIngest({ ...setup(), cacheDir: sharedCache });
}, 120_000);

afterEach(() => {
  fsWatch.before = undefined;
  fsWatch.after = undefined;
  fsWatch.diskFullAt = undefined;
});

const options = (withBad = false) => ({ ...setup(withBad), cacheDir: sharedCache });
const parentOf = (outDir: string) => join(outDir, '..');
/** What a parent folder holds after a good run: the output link and the one version it points at. */
const ONLY_THE_OUTPUT = [expect.stringMatching(/^\.data-\d+-\d+$/), 'data'];

async function expectCompleteCorpus(outDir: string): Promise<void> {
  expect(existsSync(join(outDir, 'manifest.json'))).toBe(true);
  const checked = await validateCorpus(outDir);
  expect(checked).toEqual({ errors: [], articles: 4 });
}

/** The pid of a process that has ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;

describe('the ingest replaces only a folder it wrote', { timeout: 120_000 }, () => {
  it('writes a marker in every output, and replaces an output an older ingest wrote', async () => {
    const run = options();
    await runIngest(run);
    expect(existsSync(join(run.outDir, '.broadsheet-corpus.json'))).toBe(true);
    // An older ingest wrote a plain folder of corpus files, without a marker.
    const older = join(run.root, 'older');
    cpSync(run.outDir, older, { recursive: true, dereference: true });
    rmSync(join(older, '.broadsheet-corpus.json'));
    const olderOut = join(run.root, 'site', 'data');
    mkdirSync(join(olderOut, '..'), { recursive: true });
    cpSync(older, olderOut, { recursive: true });
    expect(await runIngest({ ...run, outDir: olderOut })).toMatchObject({ written: true });
    await expectCompleteCorpus(olderOut);
  });

  it('refuses a folder holding a document it did not write, naming the folder and why', async () => {
    const run = options();
    mkdirSync(run.outDir, { recursive: true });
    writeFileSync(join(run.outDir, 'my-notes.txt'), 'Notes I want to keep.');
    const refusal = runIngest(run);
    await expect(refusal).rejects.toThrow(run.outDir);
    await expect(refusal).rejects.toThrow(/my-notes\.txt.*not written by the ingest/);
    expect(readFileSync(join(run.outDir, 'my-notes.txt'), 'utf8')).toBe('Notes I want to keep.');
    expect(readdirSync(parentOf(run.outDir))).toEqual(['data']);
  });

  it('refuses an --out that is, contains or lies inside --content or the cache', async () => {
    const run = options();
    const before = snapshot(run.contentDir);
    await expect(runIngest({ ...run, outDir: run.contentDir })).rejects.toThrow(
      /is the content folder/,
    );
    await expect(runIngest({ ...run, outDir: join(run.contentDir, 'out') })).rejects.toThrow(
      /inside the content folder/,
    );
    await expect(runIngest({ ...run, outDir: run.root })).rejects.toThrow(
      /contains the content folder/,
    );
    await expect(runIngest({ ...run, outDir: sharedCache })).rejects.toThrow(
      /is the annotation cache/,
    );
    expect(snapshot(run.contentDir)).toEqual(before);
    expect(existsSync(join(run.contentDir, 'out'))).toBe(false);
  });

  it('refuses to replace the corpus with an empty one unless --allow-empty', async () => {
    const run = options();
    await runIngest(run);
    const before = snapshot(run.outDir);
    for (const name of readdirSync(run.contentDir)) rmSync(join(run.contentDir, name));
    await expect(runIngest(run)).rejects.toThrow(
      new RegExp(`${run.contentDir} holds no articles.*--allow-empty`),
    );
    expect(snapshot(run.outDir)).toEqual(before);
    expect(await runIngest({ ...run, allowEmpty: true })).toMatchObject({
      written: true,
      articles: 0,
    });
  });

  it('names the file it could not write when the disk is full, and keeps the corpus', async () => {
    const run = options();
    await runIngest(run);
    const before = snapshot(run.outDir);
    fsWatch.diskFullAt = /\/entities\//;
    await expect(runIngest({ ...run, force: true })).rejects.toThrow(
      /could not write .*\/public\/\.data-[^/]+\/entities\/.+\.json: ENOSPC/,
    );
    expect(snapshot(run.outDir)).toEqual(before);
    expect(readdirSync(parentOf(run.outDir)).sort()).toEqual(ONLY_THE_OUTPUT);
  });
});

describe('the switch to a new corpus', { timeout: 300_000 }, () => {
  it('serves a complete corpus at --out at every step of a run', async () => {
    const run = options();
    await runIngest(run);
    const seen: string[] = [];
    const problems: string[] = [];
    fsWatch.after = async (name, args) => {
      seen.push(name);
      const checked = existsSync(join(run.outDir, 'manifest.json'))
        ? await validateCorpus(run.outDir)
        : { errors: ['no manifest'], articles: 0 };
      if (checked.errors.length > 0 || checked.articles !== 4)
        problems.push(`after ${name}(${String(args[0])}): ${checked.errors.join('; ')}`);
    };
    expect(await runIngest({ ...run, force: true })).toMatchObject({ written: true });
    expect(seen.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('killed at any step, leaves a complete corpus, and the next run clears what it left', async () => {
    // Count the steps of one run, then stop a run for good at each of them in turn.
    const counting = options();
    await runIngest(counting);
    let steps = 0;
    fsWatch.before = () => {
      steps++;
    };
    await runIngest({ ...counting, force: true });
    expect(steps).toBeGreaterThan(2);
    for (let killAt = 0; killAt < steps; killAt++) {
      const run = options();
      fsWatch.before = undefined;
      await runIngest(run);
      let step = 0;
      fsWatch.before = () => (step++ === killAt ? new Promise<void>(() => {}) : undefined);
      void runIngest({ ...run, force: true });
      await vi.waitFor(() => expect(step).toBeGreaterThan(killAt), { timeout: 60_000 });
      fsWatch.before = undefined;
      await expectCompleteCorpus(run.outDir);
      // The killed run's lock names a process that no longer exists.
      const lock = join(parentOf(run.outDir), '.data.lock');
      if (existsSync(lock))
        writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname() }));
      expect(await runIngest({ ...run, force: true })).toMatchObject({ written: true });
      await expectCompleteCorpus(run.outDir);
      expect(readdirSync(parentOf(run.outDir)).sort()).toEqual(ONLY_THE_OUTPUT);
    }
  });

  it('restores the corpus an older ingest left as .previous when killed between its renames', async () => {
    const run = options(true);
    await runIngest(run);
    const parent = parentOf(run.outDir);
    const pid = deadPid();
    const previous = join(parent, `.data.staging-${pid}-1700000000000.previous`);
    cpSync(run.outDir, previous, { recursive: true, dereference: true });
    rmSync(join(previous, '.broadsheet-corpus.json'), { force: true });
    // Nothing else of this ingest's: the older one left only its two folders.
    for (const name of readdirSync(parent)) {
      if (!name.startsWith('.data.staging-')) rmSync(join(parent, name), { recursive: true });
    }
    mkdirSync(join(parent, `.data.staging-${pid}-1700000000001`, 'articles'), { recursive: true });
    // --strict with a bad input writes nothing: what serves afterwards is what was restored.
    expect(await runIngest({ ...run, strict: true })).toMatchObject({ written: false });
    await expectCompleteCorpus(run.outDir);
    expect(readdirSync(parent).sort()).toEqual(ONLY_THE_OUTPUT);
    expect(lstatSync(run.outDir).isSymbolicLink()).toBe(true);
  });
});

describe('leftovers of dead runs', { timeout: 120_000 }, () => {
  it('are cleared; a run holding the lock from a live process is refused and left alone', async () => {
    const run = options();
    await runIngest(run);
    const parent = parentOf(run.outDir);
    const live = spawn('sleep', ['60']);
    try {
      const pid = live.pid ?? 0;
      const working = join(parent, `.data-${Date.now()}-${pid}`);
      mkdirSync(join(working, 'articles'), { recursive: true });
      writeFileSync(join(working, '.broadsheet-corpus.json'), '{"complete":false}');
      writeFileSync(join(parent, '.data.lock'), JSON.stringify({ pid, host: hostname() }));
      await expect(runIngest({ ...run, force: true })).rejects.toThrow(
        new RegExp(`another ingest \\(pid ${pid}\\) is writing ${run.outDir}`),
      );
      expect(existsSync(join(working, 'articles'))).toBe(true);
      live.kill();
      await new Promise((resolve) => live.once('exit', resolve));
      expect(await runIngest({ ...run, force: true })).toMatchObject({ written: true });
      expect(existsSync(working)).toBe(false);
      expect(readdirSync(parent).sort()).toEqual(ONLY_THE_OUTPUT);
    } finally {
      live.kill();
    }
  });

  it('keeps only the current version after a run (no .staging or .previous folders)', async () => {
    const run = options();
    await runIngest(run);
    await runIngest({ ...run, force: true });
    await runIngest({ ...run, force: true });
    expect(readdirSync(parentOf(run.outDir)).sort()).toEqual(ONLY_THE_OUTPUT);
  });
});
