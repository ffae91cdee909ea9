import { chipButton, textLink } from '@/components/ui/buttons';
import type { FeedState } from '../model/feedState';
import { formatArticleCount as articles, type FeedNames } from '../names';
import { removalSuggestions } from '../state/activeFilters';

interface EmptyResultsProps {
  state: FeedState;
  names: FeedNames;
  /** How many articles a state would list (for the filters worth removing). */
  totalOf: (state: FeedState) => number;
  onChange: (next: FeedState) => void;
  onClearAll: () => void;
  hasFilters: boolean;
}

/** No results: say so, and offer the single filter whose removal brings the most back. */
export function EmptyResults({
  state,
  names,
  totalOf,
  onChange,
  onClearAll,
  hasFilters,
}: EmptyResultsProps) {
  const searching = state.q.trim() !== '';
  const suggestions = hasFilters ? removalSuggestions(totalOf, state, names) : [];
  return (
    <div className="py-10">
      <p className="font-serif text-xl italic">
        {searching
          ? 'No articles match this search.'
          : hasFilters
            ? 'No articles match these filters.'
            : 'There are no articles yet.'}
      </p>
      {suggestions.length > 0 ? (
        <>
          <p className="mt-4 text-sm text-muted">Try removing one filter:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {suggestions.map(({ filter, total }) => (
              <li key={filter.key}>
                <button
                  type="button"
                  onClick={() => onChange(filter.remove(state))}
                  className={chipButton}
                >
                  Remove {filter.facetLabel.toLowerCase()} {filter.label} ({articles(total)})
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hasFilters ? (
        <button type="button" onClick={onClearAll} className={`${textLink} mt-4 text-sm`}>
          Clear all filters
        </button>
      ) : null}
    </div>
  );
}
