/**
 * The search index over titles, text and speakers' names, written in shards of
 * SEARCH_SHARD_SIZE articles in the order the articles are written (newest first), as postings in
 * the compact form of core/search/postings.ts — the form the feed reads. Each shard is encoded
 * and dropped as soon as it is full, so memory holds one shard at a time.
 * Up to FULL_TEXT_LIMIT articles the whole body is indexed; past that, each article's opening
 * (OPENING_CHARS), which keeps the files small at 100,000 articles.
 */
import {
  SCHEMA_VERSION,
  searchIndexFileSchema,
  type AnnotatedArticle,
  type Manifest,
} from '../../core/schema';
import { encodePostings, SEARCH_FORMAT } from '../../core/search/postings';
import { tokenize } from '../../core/search/tokenize';
import type { StagingFolder, WrittenFile } from './staging';

export const FULL_TEXT_LIMIT = 10_000;
export const OPENING_CHARS = 300;
export const SEARCH_SHARD_SIZE = 10_000;

type SearchShards = NonNullable<Manifest['searchShards']>;

/** One shard being filled: article ids and, per term, the positions of the articles using it. */
class PendingShard {
  readonly ids: string[] = [];
  readonly postings = new Map<string, number[]>();

  add(id: string, texts: readonly string[]): void {
    const position = this.ids.length;
    this.ids.push(id);
    for (const text of texts) {
      for (const term of tokenize(text)) {
        const list = this.postings.get(term);
        if (!list) this.postings.set(term, [position]);
        // An article's words all arrive together, so a repeat is always the last position.
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  }
}

export class SearchIndexWriter {
  private shard = new PendingShard();
  private readonly writes: Promise<WrittenFile & { count: number }>[] = [];

  constructor(
    private readonly staging: StagingFolder,
    private readonly fullText: boolean,
    private readonly shardSize = SEARCH_SHARD_SIZE,
  ) {}

  add(article: AnnotatedArticle): void {
    const speakers = new Set<string>();
    for (const quote of article.quotes) if (quote.speaker) speakers.add(quote.speaker.name);
    const text = this.fullText ? article.body : article.body.slice(0, OPENING_CHARS);
    this.shard.add(article.id, [article.title, text, ...speakers]);
    if (this.shard.ids.length >= this.shardSize) this.flush();
  }

  /** Writes the last shard and returns every shard, in order. */
  async finish(): Promise<SearchShards> {
    if (this.shard.ids.length > 0 || this.writes.length === 0) this.flush();
    const written = await Promise.all(this.writes);
    return written.map(({ path, hash, count }) => ({ file: path, hash, count }));
  }

  private flush(): void {
    const { ids, postings } = this.shard;
    const file = {
      schemaVersion: SCHEMA_VERSION,
      format: SEARCH_FORMAT,
      fullText: this.fullText,
      ...encodePostings(ids, postings),
    } as const;
    const stem = `search/${this.writes.length}`;
    this.writes.push(
      this.staging
        .writeHashedJson(stem, searchIndexFileSchema, file)
        .then((written) => ({ ...written, count: ids.length })),
    );
    this.shard = new PendingShard();
  }
}
