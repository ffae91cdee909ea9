import type { IndexRecord } from '@/core/schema';
import { minutesOf } from '@/core/corpus/feedFiles';
import { type Bitset, hasBit } from './bitset';
import { facetQuery } from './facetQuery';
import { FacetColumn, ValueDictionary } from './facetColumn';
import type { FacetName, FeedSort, FeedState } from './feedState';
// Type only: the search code is a chunk of its own, attached once a reader searches.
import type { SearchIndex } from './searchIndex';
import {
  compareNewest,
  compareQuoted,
  extendOrder,
  publishedTime,
  type SortKeys,
} from './sortOrder';

/** A person as the manifest lists them: the name makes them findable by free text. */
export interface PersonName {
  id: string;
  name: string;
}

/** What FeedIndex.query returns. Nothing in it is allocated per article. */
export interface FeedResult {
  /** Matching doc numbers in the requested order; `index.record(doc)` gives the record. */
  docs: Int32Array;
  /** docs.length. */
  total: number;
  /**
   * For each facet, counts aligned with `index.values(facet)`: counts.topic[i] is how many
   * results the list would have with `index.values('topic')[i]` added to the topic selection
   * (OR within the facet, AND with the other facets and the search). Zero means "disable".
   */
  counts: Record<FacetName, Uint32Array>;
  /** Normalised words the search matched, to mark in cards (see markMatches); null without q. */
  matchedTerms: ReadonlySet<string> | null;
  /**
   * What the result still waits for, when it is not final: the search (q not applied yet), the
   * facets' doc sets (filters not applied), or the sort keys (order not known). Null: final.
   */
  pending: 'search' | 'facets' | 'order' | null;
}

/**
 * An in-memory index over whole records: records get dense doc numbers in arrival order, each
 * facet is a pair of compact columns, sort orders are precomputed permutations, and free text
 * goes through an inverted index attached when a reader first searches (`attachSearch`), filled
 * from each record's title, excerpt and speakers. The feed keeps the reader's imported articles
 * in one (the corpus is answered by CorpusIndex, from files); tests and benchmarks use it whole.
 *
 * ```ts
 * const index = new FeedIndex({ people: manifest.facets.people });
 * index.add(shard0.records); // later: index.add(shardN.records)
 * const { state, ignored } = parseFeedParams(searchParams);
 * const result = index.query(state); // memoise on (state, index.size): add() changes results
 * const first = Array.from(result.docs.subarray(0, 30), (doc) => index.record(doc));
 * const topics = index.values('topic').map((code, i) => ({ code, count: result.counts.topic[i] }));
 * ```
 */
export class FeedIndex {
  private readonly records: IndexRecord[] = [];
  private readonly docById = new Map<string, number>();
  private readonly countries = new ValueDictionary();
  private readonly columns = {
    about: new FacetColumn(this.countries),
    anyCountry: new FacetColumn(this.countries),
    topic: new FacetColumn(),
    person: new FacetColumn(),
    source: new FacetColumn(),
  };
  private readonly keys = { time: [] as number[], quotes: [] as number[] } satisfies SortKeys;
  /** Doc numbers in each sort order, extended as shards arrive. */
  private readonly orders: Partial<Record<FeedSort, Int32Array>> = {};
  private search: SearchIndex | null = null;
  /** The first doc not in the search index yet. */
  private searchCursor = 0;
  private readonly personNames = new Map<string, string>();

  /** `people` (from the manifest's facets) lets search find articles by their speakers' names. */
  constructor(options: { people?: Iterable<PersonName> } = {}) {
    for (const person of options.people ?? []) this.personNames.set(person.id, person.name);
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.records.length;
  }

  /** Appends records (a shard); records whose id is already indexed are skipped. */
  add(records: readonly IndexRecord[]): void {
    for (const record of records) {
      if (this.docById.has(record.id)) continue;
      const doc = this.records.length;
      this.records.push(record);
      this.docById.set(record.id, doc);
      this.columns.about.addDoc(doc, record.about);
      this.columns.anyCountry.addDoc(doc, [...record.about, ...record.mentions]);
      this.columns.topic.addDoc(doc, record.topics);
      this.columns.person.addDoc(doc, record.people);
      this.columns.source.addDoc(doc, [record.source]);
      this.keys.time.push(publishedTime(record.published));
      this.keys.quotes.push(record.quoteCount);
    }
  }

  /** The record behind a doc number. */
  record(doc: number): IndexRecord {
    const record = this.records[doc];
    if (!record) throw new RangeError(`FeedIndex: no doc ${doc}`);
    return record;
  }

  /** A doc's date (minutes since 1970; -Infinity when undated) and quote count, for merging. */
  keysOf(doc: number): { minutes: number; quotes: number } {
    const time = this.keys.time[doc] ?? -Infinity;
    const minutes = Number.isFinite(time) ? minutesOf(time) : -Infinity;
    return { minutes, quotes: this.keys.quotes[doc] ?? 0 };
  }

  /** The doc number of an article id, if indexed. */
  docOf(id: string): number | undefined {
    return this.docById.get(id);
  }

  /** Every value seen for a facet (country codes, topic codes, person ids, source ids). */
  values(facet: FacetName): readonly string[] {
    return facet === 'country' ? this.countries.values : this.columns[facet].dictionary.values;
  }

  /** A person's display name from the manifest, if known. */
  personName(id: string): string | undefined {
    return this.personNames.get(id);
  }

  /** Whether free text is answered (a search index is attached). */
  get searchReady(): boolean {
    return this.search !== null;
  }

  /** Attaches a search index; articles are indexed from their records as needed. */
  attachSearch(search: SearchIndex): void {
    this.search = search;
    this.searchCursor = 0;
  }

  /** Filters, counts every facet value (disjunctive faceting) and sorts. */
  query(state: FeedState): FeedResult {
    const wantsText = state.q.trim() !== '';
    const searched = wantsText && this.search ? this.searchMatch(this.search, state.q) : null;
    const countryColumn = state.includeMentioned ? this.columns.anyCountry : this.columns.about;
    const { results, total, counts } = facetQuery(
      this.size,
      searched ? searched.docs : null,
      state,
      (facet) => (facet === 'country' ? countryColumn : this.columns[facet]),
    );
    return {
      docs: this.ordered(results, total, state.sort),
      total,
      counts,
      matchedTerms: searched ? searched.terms : null,
      pending: wantsText && !this.search ? 'search' : null,
    };
  }

  /**
   * Makes up to `maxDocs` more articles searchable and says whether all are. The first search
   * does whatever is left in one go (about 1 s per 100k articles on a laptop), so call this in
   * idle time (e.g. `requestIdleCallback`, 2,000 docs a slice) once shards have arrived.
   * Does nothing (false) until a search index is attached.
   */
  prepareSearch(maxDocs = Infinity): boolean {
    const search = this.search;
    if (!search) return false;
    let budget = maxDocs;
    for (; this.searchCursor < this.records.length; this.searchCursor++) {
      const record = this.records[this.searchCursor];
      if (!record || budget-- <= 0) break;
      const names = record.people.map((id) => this.personNames.get(id) ?? '');
      search.addDoc(this.searchCursor, [record.title, record.excerpt, ...names]);
    }
    return this.searchCursor === this.records.length;
  }

  private searchMatch(search: SearchIndex, q: string): ReturnType<SearchIndex['match']> {
    this.prepareSearch();
    return search.match(q, this.size);
  }

  private ordered(results: Bitset, count: number, sort: FeedSort): Int32Array {
    const order = this.sortOrder(sort);
    const docs = new Int32Array(count);
    let next = 0;
    for (const doc of order) {
      if (next === count) break;
      if (hasBit(results, doc)) docs[next++] = doc;
    }
    return docs;
  }

  private sortOrder(sort: FeedSort): Int32Array {
    let order = this.orders[sort] ?? new Int32Array(0);
    if (order.length < this.size) {
      const compare = sort === 'quoted' ? compareQuoted : compareNewest;
      order = extendOrder(order, this.size, (a, b) => compare(this.keys, a, b));
      this.orders[sort] = order;
    }
    return order;
  }
}
