/**
 * What the feeds remember between runs, in `<feeds-dir>/.broadsheet-feeds.json` (a dotfile, so
 * the ingest never reads it as an article; beside the articles, so deleting the folder starts
 * afresh): each feed's ETag and Last-Modified for conditional requests, and the keys (canonical
 * URL, item link, GUID) of every item stored, so it is never fetched again, even after its file
 * was deleted. Written through a temporary name: a crash leaves the previous state.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { writeAtomically } from '../writeAtomically';

export const STATE_FILE = '.broadsheet-feeds.json';

const stateSchema = z.object({
  version: z.literal(1),
  feeds: z.record(
    z.string(),
    z.object({
      etag: z.optional(z.string()),
      lastModified: z.optional(z.string()),
      /** The URL served an OPML list: always asked in full, since its feeds are read from it. */
      list: z.optional(z.boolean()),
    }),
  ),
  /** Item key -> the stored file (relative to the feeds folder). */
  stored: z.record(z.string(), z.string()),
});
export type FeedState = z.infer<typeof stateSchema>;

export const emptyState = (): FeedState => ({ version: 1, feeds: {}, stored: {} });

/** The state in `feedsDir`; a missing file is a first run, a broken one is reported and ignored. */
export async function loadState(feedsDir: string): Promise<{ state: FeedState; problem?: string }> {
  const path = join(feedsDir, STATE_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { state: emptyState() };
  }
  try {
    const checked = stateSchema.safeParse(JSON.parse(text));
    if (checked.success) return { state: checked.data };
  } catch {
    // reported below
  }
  return {
    state: emptyState(),
    problem: `${path}: not a state file this version can read; every feed is fetched in full and stored articles are recognised by their files`,
  };
}

export async function saveState(feedsDir: string, state: FeedState): Promise<void> {
  await writeAtomically(join(feedsDir, STATE_FILE), `${JSON.stringify(state, null, 1)}\n`);
}
