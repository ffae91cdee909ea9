/**
 * The MiniSearch index over titles, text and speakers, written in shards of SEARCH_SHARD_SIZE
 * articles in the order the articles are written (newest first). Each shard is serialised and
 * dropped as soon as it is full, so memory holds one shard at a time, and the app can search the
 * newest articles first without downloading the whole index.
 * Up to FULL_TEXT_LIMIT articles the whole body is indexed; past that, each article's opening
 * (OPENING_CHARS), which keeps the files small at 100,000 articles.
 */
import MiniSearch from 'minisearch';
import {
  SCHEMA_VERSION,
  searchIndexFileSchema,
  type AnnotatedArticle,
  type Manifest,
  type SearchIndexFile,
} from '../../core/schema';
import type { StagingFolder, WrittenFile } from './staging';

export const FULL_TEXT_LIMIT = 10_000;
export const OPENING_CHARS = 300;
export const SEARCH_SHARD_SIZE = 10_000;
const FIELDS = ['title', 'text', 'speakers'];

interface SearchDocument {
  id: string;
  title: string;
  text: string;
  speakers: string;
}

type SearchShards = NonNullable<Manifest['searchShards']>;

export class SearchIndexWriter {
  private search = this.fresh();
  private readonly writes: Promise<WrittenFile & { count: number }>[] = [];

  constructor(
    private readonly staging: StagingFolder,
    private readonly fullText: boolean,
    private readonly shardSize = SEARCH_SHARD_SIZE,
  ) {}

  add(article: AnnotatedArticle): void {
    const speakers = new Set<string>();
    for (const quote of article.quotes) if (quote.speaker) speakers.add(quote.speaker.name);
    this.search.add({
      id: article.id,
      title: article.title,
      text: this.fullText ? article.body : article.body.slice(0, OPENING_CHARS),
      speakers: [...speakers].join(' · '),
    });
    if (this.search.documentCount >= this.shardSize) this.flush();
  }

  /** Writes the last shard and returns every shard, in order. */
  async finish(): Promise<SearchShards> {
    if (this.search.documentCount > 0 || this.writes.length === 0) this.flush();
    const written = await Promise.all(this.writes);
    return written.map(({ path, hash, count }) => ({ file: path, hash, count }));
  }

  private flush(): void {
    const count = this.search.documentCount;
    const file: SearchIndexFile = {
      schemaVersion: SCHEMA_VERSION,
      fields: FIELDS,
      storeFields: [],
      fullText: this.fullText,
      documentCount: count,
      index: this.search.toJSON() as unknown as Record<string, unknown>,
    };
    const stem = `search/${this.writes.length}`;
    this.writes.push(
      this.staging
        .writeHashedJson(stem, searchIndexFileSchema, file)
        .then((written) => ({ ...written, count })),
    );
    this.search = this.fresh();
  }

  private fresh(): MiniSearch<SearchDocument> {
    return new MiniSearch<SearchDocument>({ fields: FIELDS, storeFields: [] });
  }
}
