/** The feed's filter state: what the URL holds and what FeedIndex.query takes. */

export const FEED_SORTS = ['newest', 'quoted'] as const;
export type FeedSort = (typeof FEED_SORTS)[number];

/** The four facets. Values combine with OR inside a facet and with AND across facets. */
export const FACETS = ['country', 'topic', 'person', 'source'] as const;
export type FacetName = (typeof FACETS)[number];

export interface FeedState {
  /** ISO 3166-1 alpha-2 codes, upper case ("JP"). */
  country: string[];
  /** Whether a country also matches articles that only mention it (not just those about it). */
  includeMentioned: boolean;
  /** IPTC Media Topic codes ("medtop:11000000"); the URL carries their slugs instead. */
  topic: string[];
  /** Corpus-wide person entity ids. */
  person: string[];
  /** Source ids. */
  source: string[];
  /** Free text; empty for none. */
  q: string;
  sort: FeedSort;
}

/** No filters, newest first. */
export const DEFAULT_FEED_STATE: Readonly<FeedState> = Object.freeze({
  country: [],
  includeMentioned: false,
  topic: [],
  person: [],
  source: [],
  q: '',
  sort: 'newest',
});

/** A fresh state with `changes` applied over the defaults. */
export const feedState = (changes: Partial<FeedState> = {}): FeedState => ({
  ...DEFAULT_FEED_STATE,
  country: [],
  topic: [],
  person: [],
  source: [],
  ...changes,
});
