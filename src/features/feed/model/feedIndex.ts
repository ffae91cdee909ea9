import type { IndexRecord } from '@/core/schema';
import { type Bitset, andInto, cardinality, fullBitset, hasBit } from './bitset';
import { FacetColumn, ValueDictionary } from './facetColumn';
import { FACETS, type FacetName, type FeedSort, type FeedState } from './feedState';
import { decodeSearch, encodeSearch, type SerializedSearch } from './searchCodec';
import { SearchIndex } from './searchIndex';
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
}

/**
 * The feed's in-memory index: records get dense doc numbers in arrival order, each facet is a
 * pair of compact columns, sort orders are precomputed permutations, and free text goes through
 * an inverted index built lazily on the first search. Feed it shard by shard with `add`.
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
  private search = new SearchIndex();
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

  /** Filters, counts every facet value (disjunctive faceting) and sorts. */
  query(state: FeedState): FeedResult {
    const size = this.size;
    const searched = state.q.trim() ? this.searchMatch(state.q) : null;
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
    };
  }

  /**
   * Makes up to `maxDocs` more articles searchable and says whether all are. The first search
   * does whatever is left in one go (about 1 s per 100k articles on a laptop), so call this in
   * idle time (e.g. `requestIdleCallback`, 2,000 docs a slice) once shards have arrived.
   */
  prepareSearch(maxDocs = Infinity): boolean {
    let budget = maxDocs;
    for (; this.searchCursor < this.records.length; this.searchCursor++) {
      if (this.searchable[this.searchCursor]) continue; // covered by a loaded index
      const record = this.records[this.searchCursor];
      if (!record || budget-- <= 0) break;
      const names = record.people.map((id) => this.personNames.get(id) ?? '');
      this.search.addDoc(this.searchCursor, [record.title, record.excerpt, ...names]);
      this.searchable[this.searchCursor] = true;
    }
    return this.searchCursor === this.records.length;
  }

  /** The search index in its compact serialised form (for the ingest to write). */
  exportSearch(): SerializedSearch {
    this.prepareSearch();
    return encodeSearch(
      this.search,
      this.records.map((record) => record.id),
    );
  }

  /**
   * Replaces the search index with a serialised one (parse it with serializedSearchSchema).
   * Articles it does not cover, such as ones added later, are indexed on demand as usual.
   */
  loadSearch(data: SerializedSearch): void {
    const { search, covered } = decodeSearch(data, (id) => this.docById.get(id));
    this.search = search;
    this.searchable.length = 0;
    for (const doc of covered) this.searchable[doc] = true;
    this.searchCursor = 0;
  }

  private searchMatch(q: string): ReturnType<SearchIndex['match']> {
    this.prepareSearch();
    return this.search.match(q, this.size);
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
