/**
 * The selected filters as chips, and which one to remove when nothing matches: only the lazy
 * parts of the front page use these (ActiveFilters, EmptyResults), so they stay out of its first
 * JavaScript.
 */
import type { FeedState } from '../model/feedState';
import type { FeedNames } from '../names';
import { FACET_LABELS, toggleValue } from './facetEntries';

/** One selected filter, as a removable chip. */
export interface ActiveFilter {
  key: string;
  facetLabel: string;
  label: string;
  remove: (state: FeedState) => FeedState;
}

/** Every selected filter (facet values, then the search), in a stable order. */
export function activeFilters(state: FeedState, names: FeedNames): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  for (const facet of ['country', 'topic', 'person', 'source'] as const) {
    for (const value of state[facet]) {
      filters.push({
        key: `${facet}:${value}`,
        facetLabel: FACET_LABELS[facet],
        label: names[facet](value),
        remove: (current) => toggleValue(current, facet, value),
      });
    }
  }
  if (state.q.trim() !== '') {
    filters.push({
      key: 'q',
      facetLabel: 'Search',
      label: `“${state.q.trim()}”`,
      remove: (current) => ({ ...current, q: '' }),
    });
  }
  return filters;
}

/**
 * For an empty result: which single filter to remove, and how many articles that would give
 * (`totalOf` answers a state; states it cannot answer yet count as none).
 */
export function removalSuggestions(
  totalOf: (state: FeedState) => number,
  state: FeedState,
  names: FeedNames,
): { filter: ActiveFilter; total: number }[] {
  return activeFilters(state, names)
    .map((filter) => ({ filter, total: totalOf(filter.remove(state)) }))
    .filter((suggestion) => suggestion.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 3);
}
