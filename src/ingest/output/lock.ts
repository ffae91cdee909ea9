/**
 * One ingest at a time per output folder: a lock file beside it (`.<name>.lock`) naming the
 * process that holds it. A second run is refused while that process is alive; the lock of a run
 * that died (killed, crashed) is taken over, and what that run left is then cleared
 * (outputFolder.ts). Nothing belonging to a live run is ever touched.
 */
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { OutputRefusal } from './refusal';

interface LockHolder {
  pid: number;
  host: string;
  startedAt?: string;
}

/** A lock file still empty this long after it was made belongs to a run that died making it. */
const UNWRITTEN_LOCK_MS = 60_000;

/** Whether the process is alive (a process of another user counts as alive). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holderOf(file: string): Promise<LockHolder | 'unwritten' | 'gone'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return 'gone';
  }
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    if (typeof holder.pid === 'number' && typeof holder.host === 'string') {
      return { pid: holder.pid, host: holder.host, startedAt: holder.startedAt };
    }
  } catch {
    // Half written (the holder died between creating and filling it), or not ours.
  }
  return 'unwritten';
}

/** A holder that is certainly gone: a process of this machine that no longer runs. */
async function isStale(file: string, holder: LockHolder | 'unwritten'): Promise<boolean> {
  if (holder === 'unwritten') {
    const age = Date.now() - (await stat(file).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
    return age > UNWRITTEN_LOCK_MS;
  }
  return holder.host === hostname() && !isAlive(holder.pid);
}

export class OutputLock {
  private constructor(readonly file: string) {}

  /** Takes the lock of `target` (refused while a live run holds it). */
  static async acquire(file: string, target: string): Promise<OutputLock> {
    const mine: LockHolder = {
      pid: process.pid,
      host: hostname(),
      startedAt: new Date().toISOString(),
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        // 'wx' creates the file only if it does not exist: two runs can never both succeed.
        await writeFile(file, JSON.stringify(mine), { flag: 'wx' });
        return new OutputLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await holderOf(file);
      if (holder === 'gone') continue;
      if (!(await isStale(file, holder))) {
        const who =
          holder === 'unwritten'
            ? 'another ingest'
            : `another ingest (pid ${holder.pid}${holder.host === mine.host ? '' : ` on ${holder.host}`})`;
        throw new OutputRefusal(
          `${who} is writing ${target}; wait for it to finish, or delete ${file} if no ingest is running`,
        );
      }
      await unlink(file).catch(() => undefined);
    }
    throw new OutputRefusal(`could not take the lock ${file} of ${target}; try again`);
  }

  async release(): Promise<void> {
    await unlink(this.file).catch(() => undefined);
  }
}
