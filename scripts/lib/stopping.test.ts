// Stopping `npm run ingest` or `npm start` stops everything they run: no ingest is left behind
// as an orphan. Each command is run for real; it is killed (SIGTERM to npm, as a service manager
// or `kill` would) at the moment its ingest process exists, then no process of it may remain.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive } from '../../src/ingest/output/lock';

const root = resolve(import.meta.dirname, '../..');

/** Alive and not a zombie (a container's init may never reap an orphan that has ended). */
function running(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}
/** The sample corpus: with a cold cache its annotation takes far longer than the grace below. */
const CONTENT = join(root, 'content');
/** How long a killed process may take to end. */
const GRACE_MS = 3000;

/** Every process below `pid`, with its command line (Linux `ps`). */
function descendants(pid: number): { pid: number; command: string }[] {
  const table = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).stdout;
  const rows = table
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), command: match[3] ?? '' }));
  const found: { pid: number; command: string }[] = [];
  const queue = [pid];
  for (let parent = queue.pop(); parent !== undefined; parent = queue.pop()) {
    for (const row of rows.filter((candidate) => candidate.ppid === parent)) {
      found.push({ pid: row.pid, command: row.command });
      queue.push(row.pid);
    }
  }
  return found;
}

async function until<T>(find: () => T | undefined, what: string, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s`);
}

/**
 * Starts `npm <args>`, kills npm once its ingest runs, and returns which of its processes are
 * still running after the grace period (which are then killed, so that a failure leaks nothing).
 */
async function leftAfterKillingAtIngest(args: string[]): Promise<number[]> {
  const ran = await killAtIngest(args);
  const left = await until(
    () => (ran.some(running) ? undefined : []),
    'every process ending',
    GRACE_MS,
  ).catch(() => ran.filter(running));
  for (const pid of left) process.kill(pid, 'SIGKILL');
  return left;
}

async function killAtIngest(args: string[]): Promise<number[]> {
  const npm = spawn('npm', args, { cwd: root, stdio: 'ignore' });
  try {
    const pid = npm.pid ?? 0;
    const ingest = await until(
      () => descendants(pid).find((child) => child.command.includes('scripts/ingest.ts')),
      'the ingest starting',
    );
    const all = descendants(pid).map((child) => child.pid);
    npm.kill('SIGTERM');
    await new Promise((done) => npm.once('exit', done));
    expect(ingest.pid).toBeGreaterThan(0);
    return all;
  } finally {
    npm.kill('SIGKILL');
  }
}

describe('stopping the commands', { timeout: 180_000 }, () => {
  it('killing `npm run ingest` stops the ingest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stop-ingest-'));
    const args = ['run', '--silent', 'ingest', '--', '--content', CONTENT];
    const paths = ['--out', join(dir, 'data'), '--cache', join(dir, 'cache')];
    expect(await leftAfterKillingAtIngest([...args, ...paths])).toEqual([]);
  });

  it('killing `npm start` stops the ingest it runs, and does not go on to build or serve', async () => {
    expect(await leftAfterKillingAtIngest(['start', '--silent'])).toEqual([]);
  });
});
