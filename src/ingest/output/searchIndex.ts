/**
 * The search index over titles, text and speakers' names, in buckets by the first two letters
 * of each word (core/search/buckets.ts), with postings over doc numbers (the feed's order).
 * Up to FULL_TEXT_LIMIT articles the whole body is indexed; past that, each article's opening
 * (OPENING_CHARS), which keeps the files small at 100,000 articles.
 */
import {
  SCHEMA_VERSION,
  searchBucketFileSchema,
  searchBucketsFileSchema,
  type AnnotatedArticle,
  type Manifest,
} from '../../core/schema';
import { SearchBucketsBuilder } from '../../core/search/buckets';
import type { StagingFolder } from './staging';

export const FULL_TEXT_LIMIT = 10_000;
export const OPENING_CHARS = 300;

export class SearchIndexWriter {
  private readonly builder = new SearchBucketsBuilder();
  /** Article ids in the order they were added: doc numbers. */
  readonly ids: string[] = [];

  constructor(
    private readonly staging: StagingFolder,
    private readonly fullText: boolean,
  ) {}

  /** Adds the next article; articles must come in the feed's order (newest first). */
  add(article: AnnotatedArticle): void {
    const speakers = new Set<string>();
    for (const quote of article.quotes) if (quote.speaker) speakers.add(quote.speaker.name);
    const text = this.fullText ? article.body : article.body.slice(0, OPENING_CHARS);
    this.builder.add(this.ids.length, [article.title, text, ...speakers]);
    this.ids.push(article.id);
  }

  /**
   * Writes the buckets and the list of them. `order` is the feed's order of article ids: the
   * postings were numbered in the order articles were added, which must be the same.
   */
  async finish(order: readonly string[]): Promise<Manifest['feed']['search']> {
    const mismatch = order.findIndex((id, doc) => this.ids[doc] !== id);
    if (mismatch >= 0 || order.length !== this.ids.length) {
      throw new Error(`search index: article ${mismatch} was added out of the feed's order`);
    }
    const buckets = [];
    for (const [index, bucket] of this.builder.build().entries()) {
      const written = await this.staging.writeHashedJson(
        `search/${index}`,
        searchBucketFileSchema,
        bucket.file,
      );
      buckets.push({
        from: bucket.from,
        terms: bucket.file.terms.length,
        file: written.path,
        hash: written.hash,
      });
    }
    const list = await this.staging.writeHashedJson('search/buckets', searchBucketsFileSchema, {
      schemaVersion: SCHEMA_VERSION,
      format: 'broadsheet-search/2',
      fullText: this.fullText,
      docs: this.ids.length,
      buckets,
    });
    return { file: list.path, hash: list.hash };
  }
}
