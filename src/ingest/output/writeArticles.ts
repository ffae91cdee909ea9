/**
 * Writes one content-hashed file per article, rewritten to corpus-wide entity ids, reading each
 * full article back from the annotation cache. Articles are read in batches but rewritten and
 * indexed in sorted order, so the output (search index included) is the same on every run.
 */
import { readFile } from 'node:fs/promises';
import { articleFilePath } from '../../core/corpus/paths';
import { annotatedArticleSchema, type AnnotatedArticle } from '../../core/schema';
import type { EntityResolver } from '../corpus/resolveEntities';
import { rewriteArticle } from '../corpus/rewriteArticle';
import type { ArticleSummary } from '../corpus/summarize';
import { sha256 } from '../text';
import type { SearchIndexBuilder } from './searchIndex';
import type { StagingFolder } from './staging';

const BATCH = 64;

export async function writeArticles(
  staging: StagingFolder,
  articles: readonly ArticleSummary[],
  resolver: EntityResolver,
  search: SearchIndexBuilder,
  onArticle: (article: AnnotatedArticle, index: number) => void,
  onProgress?: (done: number) => void,
): Promise<string[]> {
  const files: string[] = [];
  for (let start = 0; start < articles.length; start += BATCH) {
    const batch = articles.slice(start, start + BATCH);
    const texts = await Promise.all(batch.map((article) => readFile(article.cacheFile, 'utf8')));
    const writes: Promise<unknown>[] = [];
    texts.forEach((text, offset) => {
      const summary = batch[offset];
      if (!summary) return;
      const article = rewriteArticle(JSON.parse(text) as AnnotatedArticle, resolver);
      const checked = annotatedArticleSchema.safeParse(article);
      if (!checked.success) {
        throw new Error(`article ${summary.id} fails the schema after merging entities`);
      }
      const json = JSON.stringify(article);
      const path = articleFilePath(article.id, sha256(json, 12));
      files.push(path);
      search.add(article);
      onArticle(article, start + offset);
      writes.push(staging.writeText(path, json));
    });
    await Promise.all(writes);
    onProgress?.(Math.min(start + BATCH, articles.length));
  }
  return files;
}
