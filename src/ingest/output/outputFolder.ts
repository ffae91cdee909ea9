/**
 * The output folder and the one atomic step that switches it to a new corpus.
 *
 * `--out public/data` is a symbolic link to a version folder beside it, `public/.data-<time>-<pid>`,
 * which holds the corpus and its marker. A run writes a new version folder, then points a new
 * link at it and renames that link over the old one: rename(2) replaces the link in one step, so
 * at every instant the output is a complete corpus, the old or the new. The old version is deleted
 * afterwards. (An older ingest's plain folder is moved aside once, on its first replacement.)
 *
 * While it runs, a run holds the output's lock (lock.ts). On opening it restores an output a
 * killed run left missing and deletes what dead runs left beside it: unfinished version folders,
 * old versions, older ingests' `.staging-*` and `.previous` folders. A live run is never touched.
 */
import { mkdir, readdir, rename, rm, rmdir, symlink, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Reporter } from '../progress';
import { existingOutput, guardPlace, type ExistingOutput } from './guard';
import { OutputLock, isAlive } from './lock';
import { readMarker, writeMarker } from './marker';
import { StagingFolder } from './staging';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class OutputFolder {
  private readonly parent: string;
  private readonly name: string;
  /** `.<name>-<time>-<pid>`: a version folder (finished or not, per its marker). */
  private readonly version: RegExp;
  /** `.<name>.staging-<pid>-<time>[.previous]`: what an older ingest left when it was killed. */
  private readonly olderLeftover: RegExp;
  /** `.<name>.link-<pid>`: the new link of a run killed just before renaming it into place. */
  private readonly strayLink: RegExp;

  private constructor(
    readonly target: string,
    private readonly lock: OutputLock,
    private readonly reporter: Reporter,
  ) {
    this.parent = dirname(target);
    this.name = basename(target);
    this.version = new RegExp(`^\\.${escape(this.name)}-(\\d+)-(\\d+)$`);
    this.olderLeftover = new RegExp(
      `^\\.${escape(this.name)}\\.staging-(\\d+)-(\\d+)(\\.previous)?$`,
    );
    this.strayLink = new RegExp(`^\\.${escape(this.name)}\\.link-(\\d+)$`);
  }

  /**
   * Checks that `target` may be replaced (refusing otherwise: guard.ts), takes its lock, restores
   * it if a killed run left it missing, and clears what dead runs left.
   */
  static async open(
    target: string,
    protect: { path: string; label: string }[],
    reporter: Reporter,
  ): Promise<OutputFolder> {
    await guardPlace(target, protect);
    await existingOutput(target);
    await mkdir(dirname(resolve(target)), { recursive: true });
    const absolute = resolve(target);
    const lock = await OutputLock.acquire(
      join(dirname(absolute), `.${basename(absolute)}.lock`),
      target,
    );
    const output = new OutputFolder(absolute, lock, reporter);
    try {
      await output.restore();
      await output.clearLeftovers();
    } catch (error) {
      await lock.release();
      throw error;
    }
    return output;
  }

  /**
   * Writes a new corpus with `write` into a new version folder and makes it the output; if
   * `write` fails, the folder is deleted and the output stays as it was.
   */
  async replaceWith<T>(write: (staging: StagingFolder) => Promise<T>): Promise<[T, StagingFolder]> {
    const dir = join(this.parent, `.${this.name}-${Date.now()}-${process.pid}`);
    await mkdir(dir);
    const staging = new StagingFolder(dir);
    try {
      await writeMarker(dir, false);
      const written = await write(staging);
      await this.commit(staging);
      return [written, staging];
    } catch (error) {
      await staging.discard();
      throw error;
    }
  }

  /** Makes `staging` the output in one atomic step, then deletes the version it replaced. */
  private async commit(staging: StagingFolder): Promise<void> {
    await writeMarker(staging.dir, true);
    const existing = await existingOutput(this.target);
    let replaced = this.versionOf(existing);
    if (existing.kind === 'folder' && existing.corpus) {
      // An older ingest's plain folder: moved aside as a finished version (the only switch that
      // takes two steps; a kill between them is repaired by the next run's restore()).
      replaced = `.${this.name}-0-${process.pid}`;
      await writeMarker(this.target, true);
      await rename(this.target, join(this.parent, replaced));
    } else if (existing.kind === 'folder') await rmdir(this.target);
    await this.pointAt(basename(staging.dir));
    if (replaced && replaced !== basename(staging.dir)) {
      // The new corpus is served now: failing to delete the old one must not undo that.
      await rm(join(this.parent, replaced), { recursive: true, force: true }).catch((error) =>
        this.reporter.warn(`could not delete the old version ${replaced}: ${String(error)}`),
      );
    }
  }

  /** The name of the version folder beside the output that the output's link points at. */
  private versionOf(existing: ExistingOutput): string | undefined {
    if (existing.kind !== 'link' || dirname(existing.destination) !== this.parent) return undefined;
    const name = basename(existing.destination);
    return this.version.test(name) ? name : undefined;
  }

  async release(): Promise<void> {
    await this.lock.release();
  }

  /** Points the output at a version folder: a new link, renamed over the old one. */
  private async pointAt(version: string): Promise<void> {
    const link = join(this.parent, `.${this.name}.link-${process.pid}`);
    await unlink(link).catch(() => undefined);
    await symlink(version, link);
    await rename(link, this.target);
  }

  /** A run killed while replacing an older ingest's folder can leave no output: put one back. */
  private async restore(): Promise<void> {
    if ((await existingOutput(this.target)).kind !== 'missing') return;
    const finished: { name: string; time: number; older: boolean }[] = [];
    for (const name of await readdir(this.parent)) {
      const version = this.version.exec(name);
      const older = this.olderLeftover.exec(name);
      if (version && (await readMarker(join(this.parent, name)))?.complete) {
        finished.push({ name, time: Number(version[1]), older: false });
      } else if (older?.[3]) finished.push({ name, time: Number(older[2]), older: true });
    }
    const newest = finished.sort((a, b) => b.time - a.time)[0];
    if (!newest) return;
    let version = newest.name;
    if (newest.older) {
      version = `.${this.name}-${newest.time}-${process.pid}`;
      await writeMarker(join(this.parent, newest.name), true);
      await rename(join(this.parent, newest.name), join(this.parent, version));
    }
    await this.pointAt(version);
    this.reporter.warn(`restored ${this.target} from ${newest.name}, left by an interrupted run`);
  }

  /** Deletes what dead runs left beside the output (this run holds the lock: no live run writes). */
  private async clearLeftovers(): Promise<void> {
    const current = this.versionOf(await existingOutput(this.target));
    const removed: string[] = [];
    for (const name of await readdir(this.parent)) {
      const path = join(this.parent, name);
      const older = this.olderLeftover.exec(name);
      const ours = this.version.test(name) && name !== current && (await readMarker(path));
      if (ours || (older && !isAlive(Number(older[1])))) {
        await rm(path, { recursive: true, force: true });
        removed.push(name);
      }
      const link = this.strayLink.exec(name);
      if (link && !isAlive(Number(link[1]))) await unlink(path).catch(() => undefined);
    }
    if (removed.length > 0) {
      this.reporter.log(
        `removed what interrupted runs left beside ${this.target}: ${removed.join(', ')}`,
      );
    }
  }
}
