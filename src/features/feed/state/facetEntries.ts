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

/** What a facet shows: its selected values, then the values with most articles among the rest. */
export interface FacetList {
  /** Selected values first (a selected value the corpus does not know has a count of 0). */
  shown: FacetEntry[];
  selectedCount: number;
  /** How many values are not selected (and match the filter, when one is given). */
  rest: number;
  /** Every value, selected ones included. */
  total: number;
}

/**
 * The values of a facet to show, most articles first: every selected value (kept with a count
 * of 0 when the corpus does not know it, a shared link to an empty country, so it can still be
 * removed), then up to `restLimit(selected)` others that `matches` their label (all when no
 * filter). Cheap at any size: a facet of thousands of people is scanned once, keeping only the
 * few values shown, and no label is computed for large facets unless a filter needs them.
 */
export function facetList(
  facet: FacetName,
  counts: ReadonlyMap<string, number>,
  selectedValues: readonly string[],
  names: FeedNames,
  restLimit: (selectedCount: number) => number,
  matches?: (label: string) => boolean,
): FacetList {
  const labelOf = names[facet];
  const selected = new Set(selectedValues);
  const total = counts.size + [...selected].filter((value) => !counts.has(value)).length;
  const labels =
    total <= LABEL_SORT_LIMIT
      ? new Map([...counts.keys(), ...selected].map((value) => [value, labelOf(value)]))
      : null;
  const key = (entry: FacetEntry) => labels?.get(entry.value) ?? entry.value;
  // Plain comparison, not localeCompare: that would load the browser's collation tables on the
  // first screen; ties in count are few and their names ASCII-ordered well enough.
  const compare = (a: FacetEntry, b: FacetEntry) => b.count - a.count || (key(a) < key(b) ? -1 : 1);
  const chosen = [...selected]
    .map((value) => ({ value, count: counts.get(value) ?? 0, selected: true }))
    .sort(compare);
  const limit = restLimit(chosen.length);
  // The best `limit` of the rest, in order: once that many are kept, most values are turned
  // away by one comparison with the last.
  const top: FacetEntry[] = [];
  let rest = 0;
  for (const [value, count] of counts) {
    if (selected.has(value) || (matches && !matches(labelOf(value)))) continue;
    rest++;
    const entry = { value, count, selected: false };
    let at = top.length;
    while (at > 0 && compare(entry, top[at - 1] as FacetEntry) < 0) at--;
    if (at < limit) top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return { shown: [...chosen, ...top], selectedCount: chosen.length, rest, total };
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
