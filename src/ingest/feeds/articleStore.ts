/**
 * Fetched articles as content files: `<feeds-dir>/<outlet>/<title>-<hash>.json`, in the JSON
 * article format every input path reads (src/core/input/json.ts), with `url` (the original) and
 * `source.name` (the outlet), plus `feed`, `guid` and `fetched` for the feeds' own bookkeeping.
 * The hash of the canonical URL keeps ids unique across outlets and stories with one headline.
 * Each file is written through a temporary name, so a crash never leaves half an article.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { slugify } from '../../core/text/slug';
import { sha256 } from '../text';
import { writeAtomically } from '../writeAtomically';
import { keysOf } from './itemKeys';

export interface StoredArticle {
  title: string;
  published?: string;
  source: { name: string };
  byline?: string;
  url: string;
  language?: string;
  body: string[];
  feed: string;
  guid?: string;
  fetched: string;
}

/** The relative path an article is stored under. */
export function storedPath(article: Pick<StoredArticle, 'title' | 'source' | 'url'>): string {
  const outlet = slugify(article.source.name).slice(0, 40) || 'outlet';
  const slug = slugify(article.title);
  // Cut long titles at a word, so the name still reads.
  const title = (slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '')) || 'article';
  return join(outlet, `${title}-${sha256(article.url, 8)}.json`);
}

export async function writeArticle(feedsDir: string, article: StoredArticle): Promise<string> {
  const path = storedPath(article);
  await writeAtomically(join(feedsDir, path), `${JSON.stringify(article, null, 2)}\n`);
  return path;
}

async function jsonFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await jsonFiles(path)));
    else if (entry.name.endsWith('.json')) files.push(path);
  }
  return files;
}

/**
 * The keys of the articles already in the folder (url and guid fields), so a lost or older state
 * file never makes the feeds fetch a stored story again. Files that are not articles are skipped:
 * the ingest reports them.
 */
export async function keysOfStoredFiles(feedsDir: string): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const file of await jsonFiles(feedsDir)) {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      const url = typeof data.url === 'string' ? data.url : undefined;
      const guid = typeof data.guid === 'string' ? data.guid : undefined;
      for (const key of keysOf({ urls: [url], guid })) keys.set(key, relative(feedsDir, file));
    } catch {
      // not an article of ours
    }
  }
  return keys;
}
