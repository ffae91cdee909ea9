import { type Bitset, andInto, cardinality, fullBitset } from './bitset';
import type { FacetColumn } from './facetColumn';
import { FACETS, type FacetName, type FeedState } from './feedState';

/**
 * The docs a state selects and, per facet, counts aligned with that column's dictionary
 * (computed when `counts` is first read: spread the answer only once they are wanted).
 */
export interface FacetAnswer {
  results: Bitset;
  total: number;
  readonly counts: Record<FacetName, Uint32Array>;
}

/**
 * Disjunctive faceting over `size` docs: the results are the docs of `base` (all docs when null)
 * having, in every facet, one of the selected values; a facet's counts are taken over the
 * results of every other facet's selection, so values of one facet combine with OR. `columnOf`
 * gives the column for each facet (the country column already chosen for `includeMentioned`).
 */
export function facetQuery(
  size: number,
  base: Bitset | null,
  state: FeedState,
  columnOf: (facet: FacetName) => FacetColumn,
): FacetAnswer {
  const start = base ?? fullBitset(size);
  const selections = FACETS.map((facet) => columnOf(facet).selectionMask(state[facet], size));
  const withSelections = (skip: number): Bitset => {
    const mask = start.slice();
    selections.forEach((selection, index) => {
      if (selection && index !== skip) andInto(mask, selection);
    });
    return mask;
  };
  const results = withSelections(-1);
  const total = cardinality(results);
  const countAll = () => {
    const counts = {} as Record<FacetName, Uint32Array>;
    FACETS.forEach((facet, index) => {
      // A facet without a selection counts over the results themselves.
      const mask = selections[index] ? withSelections(index) : results;
      const maskCount = mask === results ? total : cardinality(mask);
      counts[facet] = columnOf(facet).countOver(mask, maskCount);
    });
    return counts;
  };
  let counts: Record<FacetName, Uint32Array> | undefined;
  return {
    results,
    total,
    // Counted when first read: while a reader types, the page shows the list at once and the
    // counts only once typing pauses (useTrailingCounts), so most keystrokes never count.
    get counts() {
      return (counts ??= countAll());
    },
  };
}
