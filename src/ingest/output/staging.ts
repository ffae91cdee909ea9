/**
 * Atomic output: every file is written into a staging folder beside the target (same file system,
 * so renames are atomic) and validated with its schema first. Only when everything succeeded does
 * the staging folder replace the target, by two renames; a failed run deletes the staging folder
 * and leaves the previous output untouched.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type * as z from 'zod/mini';
import { sha256 } from '../text';
import { describeSchemaError } from '../../core/schemaErrors';

export interface WrittenFile {
  path: string;
  hash: string;
  bytes: number;
}

export class StagingFolder {
  readonly dir: string;
  private readonly madeDirs = new Set<string>();
  files = 0;
  bytes = 0;

  private constructor(
    readonly target: string,
    dir: string,
  ) {
    this.dir = dir;
  }

  static async open(target: string): Promise<StagingFolder> {
    const parent = dirname(target);
    await mkdir(parent, { recursive: true });
    const dir = join(parent, `.${basename(target)}.staging-${process.pid}-${Date.now()}`);
    await mkdir(dir, { recursive: true });
    return new StagingFolder(target, dir);
  }

  /** Validates `value` with `schema`, then writes it as JSON at `path` (relative to the root). */
  async writeJson<T>(path: string, schema: z.ZodMiniType<T>, value: T): Promise<WrittenFile> {
    const checked = schema.safeParse(value);
    if (!checked.success) {
      throw new Error(
        `refusing to write an invalid file: ${describeSchemaError(checked.error, path)}`,
      );
    }
    return this.writeText(path, JSON.stringify(value));
  }

  /** Like writeJson, under a content-hashed name: `<stem>.<hash>.json`. */
  async writeHashedJson<T>(stem: string, schema: z.ZodMiniType<T>, value: T): Promise<WrittenFile> {
    const checked = schema.safeParse(value);
    if (!checked.success) {
      throw new Error(
        `refusing to write an invalid file: ${describeSchemaError(checked.error, stem)}`,
      );
    }
    const text = JSON.stringify(value);
    return this.writeText(`${stem}.${sha256(text, 12)}.json`, text);
  }

  async writeText(path: string, text: string): Promise<WrittenFile> {
    const full = join(this.dir, path);
    const folder = dirname(full);
    if (!this.madeDirs.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.madeDirs.add(folder);
    }
    await writeFile(full, text);
    const bytes = Buffer.byteLength(text);
    this.files++;
    this.bytes += bytes;
    return { path, hash: sha256(text, 12), bytes };
  }

  /** Replaces the target with the staging folder. */
  async commit(): Promise<void> {
    const previous = `${this.dir}.previous`;
    let hadTarget = false;
    try {
      hadTarget = (await stat(this.target)).isDirectory();
    } catch {
      hadTarget = false;
    }
    if (hadTarget) await rename(this.target, previous);
    try {
      await rename(this.dir, this.target);
    } catch (error) {
      if (hadTarget) await rename(previous, this.target);
      throw error;
    }
    if (hadTarget) await rm(previous, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
