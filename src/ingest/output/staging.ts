/**
 * Writing a corpus: every file goes into a new version folder (outputFolder.ts makes it and later
 * switches the output to it), each validated with its schema first. A failed run deletes the
 * folder; the output is never touched before the switch.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type * as z from 'zod/mini';
import { sha256 } from '../text';
import { describeSchemaError } from '../../core/schemaErrors';

export interface WrittenFile {
  path: string;
  hash: string;
  bytes: number;
}

export class StagingFolder {
  private readonly madeDirs = new Set<string>();
  files = 0;
  bytes = 0;

  constructor(readonly dir: string) {}

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
    try {
      await writeFile(full, text);
    } catch (error) {
      // A failed write (a full disk above all) names the file: Node's message names only the call.
      throw new Error(`could not write ${full}: ${(error as Error).message}`, { cause: error });
    }
    const bytes = Buffer.byteLength(text);
    this.files++;
    this.bytes += bytes;
    return { path, hash: sha256(text, 12), bytes };
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
