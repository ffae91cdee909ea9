import { type Bitset, docsOf, fullBitset, hasBit } from './bitset';
import { quotedOrder, type DocKeys } from './corpusColumns';
import type { FacetColumn } from './facetColumn';
import { facetQuery } from './facetQuery';
import { FACETS, type FacetName, type FeedState } from './feedState';
import type { SearchMatch } from './searchIndex';

/** Counts per facet value, as the page shows them. */
export type FacetCounts = Record<FacetName, Map<string, number>>;

/** The corpus's columns as CorpusIndex holds them (any may still be missing). */
export interface CorpusColumns {
  size: number;
  about?: FacetColumn;
  anyCountry?: FacetColumn;
  topic?: FacetColumn;
  person?: FacetColumn;
  source?: FacetColumn;
  keys: DocKeys | null;
}

/** A column's counts (aligned with its dictionary) by value. */
function countsOf(column: FacetColumn, counts: Uint32Array): Map<string, number> {
  const values = column.dictionary.values;
  const map = new Map<string, number>();
  counts.forEach((count, id) => map.set(values[id] ?? '', count));
  return map;
}

/** The column of each facet for `state` (countries about, or about or mentioning), if all are in. */
function columnsFor(corpus: CorpusColumns, state: FeedState) {
  const country = state.includeMentioned ? corpus.anyCountry : corpus.about;
  const { topic, person, source } = corpus;
  if (!country || !topic || !person || !source) return null;
  const columns = { country, topic, person, source };
  return (facet: FacetName): FacetColumn => columns[facet];
}

const quotedOrders = new WeakMap<DocKeys, Int32Array>();

/** Docs of `results` (null: all) in the requested order; null while the order is unknown. */
export function ordered(
  corpus: CorpusColumns,
  results: Bitset | null,
  count: number,
  sort: FeedState['sort'],
): Int32Array | null {
  const docs = new Int32Array(count);
  if (sort === 'newest') {
    // Doc numbers are the newest-first order already.
    if (!results) for (let next = 0; next < count; next++) docs[next] = next;
    else docsOf(results, docs);
    return docs;
  }
  const { keys } = corpus;
  if (!keys) return null;
  let order = quotedOrders.get(keys);
  if (!order) {
    order = quotedOrder(keys);
    quotedOrders.set(keys, order);
  }
  const all = results ?? fullBitset(corpus.size);
  let next = 0;
  for (const doc of order) {
    if (next === count) break;
    if (hasBit(all, doc)) docs[next++] = doc;
  }
  return docs;
}

/** Counts with no filter and no search, from the columns; null until all are in. */
export function unfilteredCounts(corpus: CorpusColumns, state: FeedState): FacetCounts | null {
  const columnOf = columnsFor(corpus, state);
  if (!columnOf) return null;
  const all = fullBitset(corpus.size);
  const counts = {} as FacetCounts;
  for (const facet of FACETS) {
    const column = columnOf(facet);
    counts[facet] = countsOf(column, column.countOver(all, corpus.size));
  }
  return counts;
}

/**
 * The docs of a filtered or searched state, in order, with every facet's counts (computed when
 * `counts` is first read); 'facets' or 'order' while a file it needs is missing.
 */
export function filteredAnswer(
  corpus: CorpusColumns,
  state: FeedState,
  searched: SearchMatch | null,
): { docs: Int32Array; readonly counts: FacetCounts } | 'facets' | 'order' {
  const columnOf = columnsFor(corpus, state);
  if (!columnOf) return 'facets';
  const answer = facetQuery(corpus.size, searched ? searched.docs : null, state, columnOf);
  const docs = ordered(corpus, answer.results, answer.total, state.sort);
  if (!docs) return 'order';
  let counts: FacetCounts | undefined;
  return {
    docs,
    // Counted when first read (FacetAnswer.counts): typing shows counts only once it pauses.
    get counts() {
      if (!counts) {
        counts = {} as FacetCounts;
        for (const facet of FACETS) counts[facet] = countsOf(columnOf(facet), answer.counts[facet]);
      }
      return counts;
    },
  };
}
