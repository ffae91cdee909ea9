import type { IndexRecord, Manifest } from '@/core/schema';
import type { FeedView } from './answer';
import { CorpusIndex } from './corpusIndex';
import type { CorpusSearch } from './corpusSearch';
import type { FacetEngine } from './facetEngine';
import type { FeedIndex, PersonName } from './feedIndex';
import type { FeedState } from './feedState';
import type { SearchIndex } from './searchIndex';

/** What the page shows for a state: docs in order, counts per value, and what is missing. */
export type { FeedView } from './answer';

/**
 * The front page's model: the corpus (CorpusIndex, answered from files) and the reader's
 * imported articles (a FeedIndex in memory) as one list. Corpus docs keep their numbers
 * (0…size-1), imported doc i is `size + i`; counts add up, lists merge by date or quotes.
 */
export class FeedModel {
  readonly corpus: CorpusIndex;
  /** The reader's imported articles; null while there are none. */
  private imported: FeedIndex | null = null;
  private importedIds = '';
  private importedSearch: SearchIndex | null = null;
  private importedVersion = 0;
  /** The filtering code, which comes with the imported articles' index. */
  private engine: FacetEngine | null = null;

  constructor(manifest: Manifest) {
    this.corpus = new CorpusIndex(manifest);
  }

  /** Grows whenever an answer may change: memoise queries on it. */
  get version(): number {
    return this.corpus.version + this.importedVersion;
  }

  get importedCount(): number {
    return this.imported?.size ?? 0;
  }

  /** The reader's imported articles (with their speakers' names, for search). */
  setImported(
    records: readonly IndexRecord[],
    people: readonly PersonName[],
    engine: FacetEngine | null,
  ): void {
    const ids = records.map((record) => record.id).join('\n');
    if (ids === this.importedIds) return;
    this.importedIds = ids;
    // FeedIndex never removes a doc: a new set of imports is a new index (it holds a few).
    this.engine = engine;
    this.imported = records.length > 0 && engine ? new engine.FeedIndex({ people }) : null;
    this.imported?.add(records);
    if (this.importedSearch) this.attachImportedSearch(this.importedSearch);
    this.importedVersion++;
  }

  /** Search code has arrived: the corpus's bucket list and an empty index for the imports. */
  attachSearch(corpus: CorpusSearch, imported: SearchIndex): void {
    this.attachImportedSearch(imported);
    this.corpus.attachSearch(corpus);
  }

  private attachImportedSearch(search: SearchIndex): void {
    this.importedSearch = search;
    this.imported?.attachSearch(search);
    this.importedVersion++;
  }

  /** The record behind a doc, if loaded (corpus records arrive by page). */
  record(doc: number): IndexRecord | undefined {
    const size = this.corpus.size;
    if (doc < size) return this.corpus.record(doc);
    return doc - size < this.importedCount ? this.imported?.record(doc - size) : undefined;
  }

  query(state: FeedState): FeedView {
    const corpus = this.corpus.query(state);
    const { imported, engine } = this;
    // Not a spread: the answer's counts are computed when first read.
    if (!imported || !engine) return Object.assign(corpus, { total: corpus.docs.length });
    return engine.withImported(corpus, imported.query(state), {
      size: this.corpus.size,
      imported,
      keysOf: (doc) => this.corpus.keysOf(doc),
      sort: state.sort,
    });
  }
}
