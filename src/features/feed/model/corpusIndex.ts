import type { FacetColumnName, IndexRecord, Manifest, PeopleFacetFile } from '@/core/schema';
import type { CorpusAnswer } from './answer';
import type { DocKeys } from './corpusColumns';
import type { CorpusColumns, FacetCounts } from './corpusQuery';
import type { CorpusSearch } from './corpusSearch';
import type { FacetColumn } from './facetColumn';
import type { FacetEngine } from './facetEngine';
import { FACETS, type FeedState } from './feedState';

export type { FacetCounts } from './corpusQuery';

/** What CorpusIndex.query returns; `pending` says what is missing when it is not final. */
export type { CorpusAnswer } from './answer';

/**
 * The corpus as the front page sees it without loading it: the manifest's unfiltered counts and
 * first records answer the first screen; facet columns (doc sets per value), sort keys, search
 * buckets and pages of records are attached as they arrive, with the code that filters and
 * counts (facetEngine.ts). Doc numbers are positions in the feed's order (newest first), so the
 * unfiltered list is 0, 1, 2 … with no data at all.
 */
export class CorpusIndex {
  readonly size: number;
  readonly pageSize: number;
  private readonly pages = new Map<number, readonly IndexRecord[]>();
  private readonly columns: CorpusColumns;
  private readonly attached = new Set<FacetColumnName>();
  /** Countries only mentioned: joined with `about` into `anyCountry`, not queried alone. */
  private mentions: FacetColumn | null = null;
  private engine: FacetEngine | null = null;
  private peopleCounts: ReadonlyMap<string, number>;
  /** The file of every quoted person, once attached. */
  peopleFile: PeopleFacetFile | null = null;
  search: CorpusSearch | null = null;
  /** Grows with every attached file that can change an answer: memoise queries on it. */
  version = 0;

  constructor(private readonly manifest: Manifest) {
    this.size = manifest.counts.articles;
    this.pageSize = manifest.pages.size;
    this.columns = { size: this.size, keys: null };
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

  /** Records change no answer (only what cards show), so `version` stays. */
  attachPage(page: number, records: readonly IndexRecord[]): void {
    this.pages.set(page, records);
  }

  hasColumn(name: FacetColumnName): boolean {
    return this.attached.has(name);
  }

  attachColumn(name: FacetColumnName, column: FacetColumn, engine: FacetEngine): void {
    this.engine = engine;
    this.attached.add(name);
    if (name !== 'mentions') this.columns[name] = column;
    else this.mentions = column;
    const { about } = this.columns;
    if (about && this.mentions && !this.columns.anyCountry)
      this.columns.anyCountry = engine.anyCountryColumn(about, this.mentions);
    this.version++;
  }

  get keysReady(): boolean {
    return this.columns.keys !== null;
  }

  attachKeys(keys: DocKeys, engine: FacetEngine): void {
    this.engine = engine;
    this.columns.keys = keys;
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

  /** Every quoted person's count (the manifest lists the most quoted only). */
  attachPeople(file: PeopleFacetFile): void {
    this.peopleFile = file;
    this.peopleCounts = new Map(file.people.map((person) => [person.id, person.count]));
    this.version++;
  }

  /** A doc's date in minutes (-Infinity: undated) and quote count; null until keys arrive. */
  keysOf(doc: number): { minutes: number; quotes: number } | null {
    const keys = this.columns.keys;
    if (!keys) return null;
    return { minutes: keys.minutes[doc] ?? -Infinity, quotes: keys.quotes[doc] ?? 0 };
  }

  query(state: FeedState): CorpusAnswer {
    const pending = (reason: CorpusAnswer['pending']): CorpusAnswer => {
      const counts = {} as FacetCounts;
      for (const facet of FACETS) counts[facet] = new Map();
      return { docs: new Int32Array(0), counts, matchedTerms: null, pending: reason };
    };
    const searched = state.q.trim() !== '' ? this.search?.match(state.q) : null;
    if (searched === undefined) return pending('search');
    const engine = this.engine;
    if (!searched && !FACETS.some((facet) => state[facet].length > 0)) {
      const counts = engine?.unfilteredCounts(this.columns, state) ?? this.manifestCounts(state);
      if (state.sort === 'newest') {
        // Doc numbers are the newest-first order already: the first screen needs no file.
        const docs = new Int32Array(this.size);
        for (let doc = 0; doc < docs.length; doc++) docs[doc] = doc;
        return { docs, counts, matchedTerms: null, pending: null };
      }
      const docs = engine?.ordered(this.columns, null, this.size, state.sort);
      return docs ? { docs, counts, matchedTerms: null, pending: null } : pending('order');
    }
    if (!engine) return pending('facets');
    const answer = engine.filteredAnswer(this.columns, state, searched);
    if (typeof answer === 'string') return pending(answer);
    // Not a spread: the answer's counts are computed when first read.
    return Object.assign(answer, { matchedTerms: searched ? searched.terms : null, pending: null });
  }

  /** Counts with no filter and no search, from the manifest (the people file when in). */
  private manifestCounts(state: FeedState): FacetCounts {
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
}
