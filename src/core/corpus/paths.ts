/**
 * Where corpus files live under the data root (public/data), shared by the ingest (which writes them)
 * and the app (which reads them). Folders are bucketed so that no folder holds more than a few
 * thousand files even at 100,000 articles.
 */

/** Number of buckets for per-article and per-entity files and for the id -> file lookup. */
export const BUCKETS = 256;

/** FNV-1a 32-bit hash of a string: stable across Node and browsers, cheap, good spread. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The bucket of an id as two hex digits ("0a"). */
export function bucketOf(id: string): string {
  return (fnv1a(id) % BUCKETS).toString(16).padStart(2, '0');
}

/** The lookup file mapping article ids of one bucket to their content-hashed file. */
export function articleLookupPath(id: string): string {
  return `lookup/${bucketOf(id)}.json`;
}

/** The content-hashed file of an article. */
export function articleFilePath(id: string, contentHash: string): string {
  return `articles/${bucketOf(id)}/${id}.${contentHash}.json`;
}

/** The file of page `n` of the index records (manifest.pages). */
export function pagePath(pages: { dir: string }, n: number): string {
  return `${pages.dir}/${n}.json`;
}

/** Every page file, in order. */
export function pagePaths(pages: { dir: string; count: number }): string[] {
  return Array.from({ length: pages.count }, (_, n) => pagePath(pages, n));
}

/** The file of a corpus-wide entity. */
export function entityFilePath(id: string): string {
  return `entities/${bucketOf(id)}/${id}.json`;
}
