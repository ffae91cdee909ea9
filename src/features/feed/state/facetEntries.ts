import type { FacetName, FeedState } from '../model/feedState';
import type { FeedNames } from '../names';

/** One value of a facet as the UI shows it (labels are looked up only for values on screen). */
export interface FacetEntry {
  value: string;
  /** How many articles the list would have with this value added (0: disabled). */
  count: number;
  selected: boolean;
}

/** Up to this many values, ties in count are ordered by label; beyond, by value (cheaper). */
const LABEL_SORT_LIMIT = 300;

/**
 * The values of a facet with their counts, most articles first. Selected values the corpus does
 * not know (a shared link to an empty country) are kept, with a count of 0, so they can still
 * be removed. Cheap at any size: no label is computed for large facets.
 */
export function facetEntries(
  facet: FacetName,
  counts: ReadonlyMap<string, number>,
  selectedValues: readonly string[],
  names: FeedNames,
): FacetEntry[] {
  const selected = new Set(selectedValues);
  const entries: FacetEntry[] = [];
  for (const [value, count] of counts) {
    entries.push({ value, count, selected: selected.has(value) });
  }
  for (const value of selectedValues) {
    if (!counts.has(value)) entries.push({ value, count: 0, selected: true });
  }
  if (entries.length <= LABEL_SORT_LIMIT) {
    const labels = new Map(entries.map((entry) => [entry.value, names[facet](entry.value)]));
    const label = (entry: FacetEntry) => labels.get(entry.value) ?? entry.value;
    // Plain comparison, not localeCompare: that would load the browser's collation tables on
    // the first screen; ties in count are few and their names ASCII-ordered well enough.
    return entries.sort((a, b) => b.count - a.count || (label(a) < label(b) ? -1 : 1));
  }
  return entries.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

/** The state with `value` added to or removed from `facet`. */
export function toggleValue(state: FeedState, facet: FacetName, value: string): FeedState {
  const current = state[facet];
  const next = current.includes(value)
    ? current.filter((item) => item !== value)
    : [...current, value];
  return { ...state, [facet]: next };
}

export const FACET_LABELS: Record<FacetName, string> = {
  country: 'Country',
  topic: 'Topic',
  person: 'Person',
  source: 'Source',
};

/** The state with every filter removed (the sort and the mentioned switch stay). */
export const clearFilters = (state: FeedState): FeedState => ({
  ...state,
  country: [],
  topic: [],
  person: [],
  source: [],
  q: '',
});

/** How many filters are selected (facet values, and the search as one). */
export const filterCount = (state: FeedState): number =>
  state.country.length +
  state.topic.length +
  state.person.length +
  state.source.length +
  (state.q.trim() !== '' ? 1 : 0);
