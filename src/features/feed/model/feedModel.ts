import type { IndexRecord, Manifest } from '@/core/schema';
import { CorpusIndex, type CorpusAnswer, type FacetCounts } from './corpusIndex';
import type { CorpusSearch } from './corpusSearch';
import type { FacetEngine } from './facetEngine';
import type { FeedIndex, PersonName } from './feedIndex';
import { FACETS, type FeedState } from './feedState';
import type { SearchIndex } from './searchIndex';

/** What the page shows for a state: docs in order, counts per value, and what is missing. */
export interface FeedView extends CorpusAnswer {
  total: number;
}

interface SortKey {
  minutes: number;
  quotes: number;
  imported: boolean;
}

/** Newest first (or most quoted, then newest); on a tie the reader's own article first. */
function compareKeys(a: SortKey, b: SortKey, sort: FeedState['sort']): number {
  if (sort === 'quoted' && a.quotes !== b.quotes) return b.quotes - a.quotes;
  if (a.minutes !== b.minutes) return b.minutes > a.minutes ? 1 : -1;
  return Number(b.imported) - Number(a.imported);
}

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
    const imported = this.imported;
    if (!imported) return { ...corpus, total: corpus.docs.length };
    const mine = imported.query(state);
    const counts = {} as FacetCounts;
    for (const facet of FACETS) {
      const merged = new Map(corpus.counts[facet]);
      imported.values(facet).forEach((value, id) => {
        const count = mine.counts[facet][id] ?? 0;
        merged.set(value, (merged.get(value) ?? 0) + count);
      });
      counts[facet] = merged;
    }
    const matchedTerms =
      corpus.matchedTerms || mine.matchedTerms
        ? new Set([...(corpus.matchedTerms ?? []), ...(mine.matchedTerms ?? [])])
        : null;
    let pending = corpus.pending ?? mine.pending;
    let docs = corpus.docs;
    if (!pending && mine.total > 0) {
      const merged = this.merge(imported, corpus.docs, mine.docs, state.sort);
      if (merged) docs = merged;
      else pending = 'order';
    }
    if (pending) docs = new Int32Array(0);
    return { docs, counts, matchedTerms, pending, total: docs.length };
  }

  /** Corpus docs and imported docs (numbers within the imports) as one list; null without keys. */
  private merge(
    imported: FeedIndex,
    corpus: Int32Array,
    mine: Int32Array,
    sort: FeedState['sort'],
  ): Int32Array | null {
    const size = this.corpus.size;
    const keyOf = (doc: number): SortKey | null => {
      if (doc >= size) return { ...imported.keysOf(doc - size), imported: true };
      const keys = this.corpus.keysOf(doc);
      return keys && { ...keys, imported: false };
    };
    if (corpus.length > 0 && !keyOf(corpus[0] ?? 0)) return null;
    const docs = new Int32Array(corpus.length + mine.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < docs.length; k++) {
      const a = corpus[i];
      const b = mine[j] === undefined ? undefined : (mine[j] ?? 0) + size;
      const takeA =
        b === undefined ||
        (a !== undefined && compareKeys(keyOf(a) as SortKey, keyOf(b) as SortKey, sort) <= 0);
      docs[k] = takeA ? (a ?? 0) : b;
      if (takeA) i++;
      else j++;
    }
    return docs;
  }
}
