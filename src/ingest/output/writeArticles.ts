/**
 * Writes one content-hashed file per article, rewritten to corpus-wide entity ids, reading each
 * full article back from the annotation cache. Articles are read in batches but rewritten and
 * indexed in one fixed order (newest first), so the output (search index included) is the same on
 * every run.
 */
import { readFile } from 'node:fs/promises';
import { articleFilePath } from '../../core/corpus/paths';
import { annotatedArticleSchema, type AnnotatedArticle } from '../../core/schema';
import type { EntityResolver } from '../corpus/resolveEntities';
import { rewriteArticle } from '../corpus/rewriteArticle';
import type { ArticleSummary } from '../corpus/summarize';
import { sha256 } from '../text';
import type { SearchIndexWriter } from './searchIndex';
import type { StagingFolder } from './staging';

const BATCH = 64;

/** Newest first by date, then by id; undated articles last. */
export function newestFirst(a?: ArticleSummary, b?: ArticleSummary): number {
  const dateA = a?.published ?? '';
  const dateB = b?.published ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  const idA = a?.id ?? '';
  const idB = b?.id ?? '';
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

export async function writeArticles(
  staging: StagingFolder,
  articles: readonly ArticleSummary[],
  resolver: EntityResolver,
  search: SearchIndexWriter,
  onArticle: (article: AnnotatedArticle, index: number) => void,
  onProgress?: (done: number) => void,
): Promise<string[]> {
  const files: string[] = new Array<string>(articles.length).fill('');
  // Newest first: entity files keep the newest quotes, so each speaker's list fills up once and
  // never has to hold more than it keeps.
  const order = articles
    .map((_, index) => index)
    .sort((a, b) => newestFirst(articles[a], articles[b]));
  for (let start = 0; start < order.length; start += BATCH) {
    const batch = order.slice(start, start + BATCH);
    const texts = await Promise.all(
      batch.map((index) => readFile(articles[index]?.cacheFile ?? '', 'utf8')),
    );
    const writes: Promise<unknown>[] = [];
    texts.forEach((text, offset) => {
      const index = batch[offset] ?? 0;
      const article = rewriteArticle(JSON.parse(text) as AnnotatedArticle, resolver);
      const checked = annotatedArticleSchema.safeParse(article);
      if (!checked.success) {
        throw new Error(`article ${article.id} fails the schema after merging entities`);
      }
      const json = JSON.stringify(article);
      const path = articleFilePath(article.id, sha256(json, 12));
      files[index] = path;
      search.add(article);
      onArticle(article, index);
      writes.push(staging.writeText(path, json));
    });
    await Promise.all(writes);
    onProgress?.(Math.min(start + BATCH, order.length));
  }
  return files;
}
