import { X } from '@/components/icons/X';
import { textLink } from '@/components/ui/buttons';
import type { FeedState } from '../model/feedState';
import type { FeedNames } from '../names';
import { activeFilters } from '../state/activeFilters';

interface ActiveFiltersProps {
  state: FeedState;
  names: FeedNames;
  onChange: (next: FeedState) => void;
  onClearAll: () => void;
}

/** The selected filters as removable chips, with "Clear all". */
export function ActiveFilters({ state, names, onChange, onClearAll }: ActiveFiltersProps) {
  const filters = activeFilters(state, names);
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.key}>
            <button
              type="button"
              onClick={() => onChange(filter.remove(state))}
              aria-label={`Remove filter ${filter.facetLabel}: ${filter.label}`}
              className="inline-flex items-center gap-1.5 rounded-full border border-ink/40 bg-surface py-1 pr-2 pl-3 text-sm hover:border-accent hover:text-accent"
            >
              <span className="text-muted">{filter.facetLabel}:</span> {filter.label}
              <X aria-hidden="true" className="size-3.5" />
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClearAll} className={`${textLink} text-sm`}>
        Clear all
      </button>
    </div>
  );
}
