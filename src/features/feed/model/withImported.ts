import type { CorpusAnswer, FeedView } from './answer';
import type { FacetCounts } from './corpusQuery';
import type { FeedIndex, FeedResult } from './feedIndex';
import { FACETS, type FeedState } from './feedState';

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

interface Sources {
  /** Corpus docs are 0…size-1; imported doc i is size + i. */
  size: number;
  imported: FeedIndex;
  keysOf: (doc: number) => { minutes: number; quotes: number } | null;
  sort: FeedState['sort'];
}

/** Corpus docs and imported docs as one list in the requested order; null without sort keys. */
function merge(corpus: Int32Array, mine: Int32Array, sources: Sources): Int32Array | null {
  const { size, imported, keysOf, sort } = sources;
  const keyOf = (doc: number): SortKey | null => {
    if (doc >= size) return { ...imported.keysOf(doc - size), imported: true };
    const keys = keysOf(doc);
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

/**
 * The corpus's answer with the reader's imported articles added: counts add up (the two sets
 * of articles are apart), lists merge by date or quotes, matched words join.
 */
export function withImported(corpus: CorpusAnswer, mine: FeedResult, sources: Sources): FeedView {
  const counts = {} as FacetCounts;
  for (const facet of FACETS) {
    const merged = new Map(corpus.counts[facet]);
    sources.imported.values(facet).forEach((value, id) => {
      merged.set(value, (merged.get(value) ?? 0) + (mine.counts[facet][id] ?? 0));
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
    const merged = merge(corpus.docs, mine.docs, sources);
    if (merged) docs = merged;
    else pending = 'order';
  }
  if (pending) docs = new Int32Array(0);
  return { docs, counts, matchedTerms, pending, total: docs.length };
}
