/**
 * What the feed answers a query with, for the corpus (corpusIndex.ts) and for the corpus with the
 * reader's imported articles (withImported.ts, feedModel.ts). Kept apart from the code, which
 * loads in two chunks, so neither imports the other's types in a cycle.
 */
import type { FacetCounts } from './corpusQuery';

export interface CorpusAnswer {
  docs: Int32Array;
  /** May be computed when first read (a getter): copy an answer with Object.assign, not a spread. */
  readonly counts: FacetCounts;
  matchedTerms: ReadonlySet<string> | null;
  pending: 'search' | 'facets' | 'order' | null;
}

/** The corpus's answer with the imported articles added, and how many docs that makes. */
export interface FeedView extends CorpusAnswer {
  total: number;
}
