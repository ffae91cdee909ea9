import type { FacetColumnName, IndexRecord, Manifest, PeopleFacetFile } from '@/core/schema';
import { type Bitset, forEachBit, fullBitset, hasBit } from './bitset';
import type { DocKeys } from './corpusColumns';
import type { CorpusSearch } from './corpusSearch';
import type { FacetColumn } from './facetColumn';
import type { FacetEngine } from './facetEngine';
import { FACETS, type FacetName, type FeedState } from './feedState';

/** Counts per facet value, as the page shows them. */
export type FacetCounts = Record<FacetName, Map<string, number>>;

/** What CorpusIndex.query returns; `pending` says what is missing when it is not final. */
export interface CorpusAnswer {
  docs: Int32Array;
  counts: FacetCounts;
  matchedTerms: ReadonlySet<string> | null;
  pending: 'search' | 'facets' | 'order' | null;
}

const hasSelection = (state: FeedState): boolean => FACETS.some((facet) => state[facet].length);

/** A column's counts (aligned with its dictionary) by value. */
function countsOf(column: FacetColumn, counts: Uint32Array): Map<string, number> {
  const values = column.dictionary.values;
  const map = new Map<string, number>();
  counts.forEach((count, id) => map.set(values[id] ?? '', count));
  return map;
}

/**
 * The corpus as the front page sees it without loading it: the manifest's unfiltered counts and
 * first records answer the first screen; facet columns (doc sets per value), sort keys, search
 * buckets and pages of records are attached as they arrive. Doc numbers are positions in the
 * feed's order (newest first), so the unfiltered list is 0, 1, 2 … with no data at all.
 */
export class CorpusIndex {
  readonly size: number;
  readonly pageSize: number;
  private readonly pages = new Map<number, readonly IndexRecord[]>();
  private readonly columns: Partial<Record<FacetColumnName, FacetColumn>> = {};
  private anyCountry: FacetColumn | null = null;
  private keys: DocKeys | null = null;
  /** The filtering code, which arrives with the first column or keys (facetEngine.ts). */
  private engine: FacetEngine | null = null;
  private quoted: Int32Array | null = null;
  private peopleCounts: ReadonlyMap<string, number>;
  search: CorpusSearch | null = null;
  /** Grows with every attached file: memoise queries on it. */
  version = 0;

  constructor(private readonly manifest: Manifest) {
    this.size = manifest.counts.articles;
    this.pageSize = manifest.feed.pageSize;
    this.peopleCounts = new Map(manifest.facets.people.map((person) => [person.id, person.count]));
  }

  /** The record of a doc, if its page (or the manifest's head) is loaded. */
  record(doc: number): IndexRecord | undefined {
    const head = this.manifest.feed.head;
    if (doc < head.length) return head[doc];
    return this.pages.get(Math.floor(doc / this.pageSize))?.[doc % this.pageSize];
  }

  hasPage(page: number): boolean {
    return this.pages.has(page);
  }

  attachPage(page: number, records: readonly IndexRecord[]): void {
    this.pages.set(page, records);
    this.version++;
  }

  /** Whether every facet column is attached (any filter or search can be counted). */
  get columnsReady(): boolean {
    return this.anyCountry !== null && FACET_NAMES.every((name) => this.columns[name]);
  }

  hasColumn(name: FacetColumnName): boolean {
    return this.columns[name] !== undefined;
  }

  attachColumn(name: FacetColumnName, column: FacetColumn, engine: FacetEngine): void {
    this.engine = engine;
    this.columns[name] = column;
    const { about, mentions } = this.columns;
    if (about && mentions && !this.anyCountry)
      this.anyCountry = engine.anyCountryColumn(about, mentions);
    this.version++;
  }

  get keysReady(): boolean {
    return this.keys !== null;
  }

  attachKeys(keys: DocKeys, engine: FacetEngine): void {
    this.engine = engine;
    this.keys = keys;
    this.version++;
  }

  attachSearch(search: CorpusSearch): void {
    this.search = search;
    this.version++;
  }

  addSearchBucket(position: number, bucket: Parameters<CorpusSearch['add']>[1]): void {
    if (!this.search || this.search.has(position)) return;
    this.search.add(position, bucket);
    this.version++;
  }

  /** The file of every quoted person, once attached. */
  peopleFile: PeopleFacetFile | null = null;

  /** Every quoted person's count (the manifest lists the most quoted only). */
  attachPeople(file: PeopleFacetFile): void {
    this.peopleFile = file;
    this.peopleCounts = new Map(file.people.map((person) => [person.id, person.count]));
    this.version++;
  }

  /** A doc's date in minutes (-Infinity: undated) and quote count; null until keys arrive. */
  keysOf(doc: number): { minutes: number; quotes: number } | null {
    if (!this.keys) return null;
    return { minutes: this.keys.minutes[doc] ?? -Infinity, quotes: this.keys.quotes[doc] ?? 0 };
  }

  query(state: FeedState): CorpusAnswer {
    const wantsText = state.q.trim() !== '';
    const searched = wantsText ? this.search?.match(state.q) : null;
    if (searched === undefined) return this.pendingAnswer('search');
    if (!searched && !hasSelection(state)) {
      const docs = this.ordered(null, this.size, state.sort);
      return docs
        ? { docs, counts: this.unfilteredCounts(state), matchedTerms: null, pending: null }
        : this.pendingAnswer('order');
    }
    const about = this.columns.about;
    const country = state.includeMentioned ? this.anyCountry : about;
    const { topic, person, source } = this.columns;
    const engine = this.engine;
    if (!engine || !country || !topic || !person || !source) return this.pendingAnswer('facets');
    const columnOf = (facet: FacetName): FacetColumn => ({ country, topic, person, source })[facet];
    const answer = engine.facetQuery(this.size, searched ? searched.docs : null, state, columnOf);
    const docs = this.ordered(answer.results, answer.total, state.sort);
    if (!docs) return this.pendingAnswer('order');
    const counts = {} as FacetCounts;
    for (const facet of FACETS) counts[facet] = countsOf(columnOf(facet), answer.counts[facet]);
    return { docs, counts, matchedTerms: searched ? searched.terms : null, pending: null };
  }

  private pendingAnswer(pending: CorpusAnswer['pending']): CorpusAnswer {
    const counts = {} as FacetCounts;
    for (const facet of FACETS) counts[facet] = new Map();
    return { docs: new Int32Array(0), counts, matchedTerms: null, pending };
  }

  /** Counts with no filter and no search: the columns' when loaded, else the manifest's. */
  private unfilteredCounts(state: FeedState): FacetCounts {
    const country = state.includeMentioned ? this.anyCountry : this.columns.about;
    const { topic, person, source } = this.columns;
    if (country && topic && person && source) {
      const all = fullBitset(this.size);
      const count = (column: FacetColumn) => countsOf(column, column.countOver(all, this.size));
      return {
        country: count(country),
        topic: count(topic),
        person: count(person),
        source: count(source),
      };
    }
    const { facets } = this.manifest;
    return {
      country: new Map(
        facets.countries.map((c) => [c.code, c.about + (state.includeMentioned ? c.mentions : 0)]),
      ),
      topic: new Map(facets.topics.map((topic) => [topic.code, topic.count])),
      person: new Map(this.peopleCounts),
      source: new Map(facets.sources.map((source) => [source.id, source.count])),
    };
  }

  /** Docs of `results` (null: all) in the requested order; null while the order is unknown. */
  private ordered(
    results: Bitset | null,
    count: number,
    sort: FeedState['sort'],
  ): Int32Array | null {
    const docs = new Int32Array(count);
    if (sort === 'newest') {
      // Doc numbers are the newest-first order already.
      if (!results) for (let doc = 0; doc < count; doc++) docs[doc] = doc;
      else {
        let next = 0;
        forEachBit(results, (doc) => {
          docs[next++] = doc;
        });
      }
      return docs;
    }
    if (!this.keys || !this.engine) return null;
    this.quoted ??= this.engine.quotedOrder(this.keys);
    const all = results ?? fullBitset(this.size);
    let next = 0;
    for (const doc of this.quoted) {
      if (next === count) break;
      if (hasBit(all, doc)) docs[next++] = doc;
    }
    return docs;
  }
}

const FACET_NAMES: readonly FacetColumnName[] = ['about', 'mentions', 'topic', 'person', 'source'];
