import type { IndexRecord } from '@/core/schema';
import type { SerializedPostings } from '@/core/search/postings';
import { type Bitset, andInto, cardinality, fullBitset, hasBit } from './bitset';
import { FacetColumn, ValueDictionary } from './facetColumn';
import { FACETS, type FacetName, type FeedSort, type FeedState } from './feedState';
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
  /** True when the state has free text but no search is attached yet: q was not applied. */
  searchPending: boolean;
}

/**
 * The feed's in-memory index: records get dense doc numbers in arrival order, each facet is a
 * pair of compact columns, sort orders are precomputed permutations, and free text goes through
 * an inverted index attached when a reader first searches (`attachSearch`): it holds the words of
 * the corpus search files (`addSearchFile`: full text) and of each record's title, excerpt and
 * speakers for articles no file covers. Feed it shard by shard with `add`.
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
  /** Which docs the search index covers, and the first doc that may not be covered yet. */
  private readonly searchable: boolean[] = [];
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

  /**
   * Attaches a search index, empty or filled from search files (`covered`: the docs those files
   * hold); articles it does not cover are indexed from their records as needed.
   */
  attachSearch(search: SearchIndex, covered: Iterable<number> = []): void {
    this.search = search;
    this.searchable.length = 0;
    this.searchCursor = 0;
    // Docs whose words a search file already put in `search` are not indexed again from records.
    for (const doc of covered) this.searchable[doc] = true;
  }

  /**
   * Adds a corpus search file (validated with searchIndexFileSchema) to the attached index.
   * Its articles are not indexed again from their records; ones it does not know still are.
   */
  addSearchFile(data: SerializedPostings): void {
    if (!this.search) throw new Error('FeedIndex: attach a search index before adding files');
    for (const doc of this.search.addSerialized(data, (id) => this.docById.get(id))) {
      this.searchable[doc] = true;
    }
  }

  /** Filters, counts every facet value (disjunctive faceting) and sorts. */
  query(state: FeedState): FeedResult {
    const size = this.size;
    const wantsText = state.q.trim() !== '';
    const searched = wantsText && this.search ? this.searchMatch(this.search, state.q) : null;
    const base = searched ? searched.docs : fullBitset(size);
    const countryColumn = state.includeMentioned ? this.columns.anyCountry : this.columns.about;
    const columnOf = (facet: FacetName): FacetColumn =>
      facet === 'country' ? countryColumn : this.columns[facet];
    const selections = FACETS.map((facet) => columnOf(facet).selectionMask(state[facet], size));

    const withSelections = (skip: number): Bitset => {
      const mask = base.slice();
      selections.forEach((selection, index) => {
        if (selection && index !== skip) andInto(mask, selection);
      });
      return mask;
    };
    const results = withSelections(-1);
    const resultCount = cardinality(results);
    const counts = {} as Record<FacetName, Uint32Array>;
    FACETS.forEach((facet, index) => {
      // A facet without a selection counts over the results themselves.
      const mask = selections[index] ? withSelections(index) : results;
      const maskCount = mask === results ? resultCount : cardinality(mask);
      counts[facet] = columnOf(facet).countOver(mask, maskCount);
    });
    return {
      docs: this.ordered(results, resultCount, state.sort),
      total: resultCount,
      counts,
      matchedTerms: searched ? searched.terms : null,
      searchPending: wantsText && !this.search,
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
      if (this.searchable[this.searchCursor]) continue; // covered by a loaded index
      const record = this.records[this.searchCursor];
      if (!record || budget-- <= 0) break;
      const names = record.people.map((id) => this.personNames.get(id) ?? '');
      search.addDoc(this.searchCursor, [record.title, record.excerpt, ...names]);
      this.searchable[this.searchCursor] = true;
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
