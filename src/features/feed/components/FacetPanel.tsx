import type { ReactNode } from 'react';
import type { FacetCounts } from '../model/corpusIndex';
import type { FacetName, FeedState } from '../model/feedState';
import type { FeedNames } from '../names';
import { FACET_LABELS, facetEntries, toggleValue } from '../state/facetEntries';
import { FacetGroup } from './FacetGroup';

interface FacetPanelProps {
  counts: FacetCounts;
  state: FeedState;
  names: FeedNames;
  onChange: (next: FeedState) => void;
}

/** The four facets; within one, values combine with OR, across them with AND. */
export function FacetPanel({ counts, state, names, onChange }: FacetPanelProps) {
  const group = (facet: FacetName, children?: ReactNode) => (
    <FacetGroup
      key={facet}
      title={FACET_LABELS[facet]}
      entries={facetEntries(facet, counts[facet], state, names)}
      labelOf={names[facet]}
      onToggle={(value) => onChange(toggleValue(state, facet, value))}
    >
      {children}
    </FacetGroup>
  );
  return (
    <div>
      {group(
        'country',
        <label className="clear-left mb-3 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            role="switch"
            checked={state.includeMentioned}
            onChange={() => onChange({ ...state, includeMentioned: !state.includeMentioned })}
            className="size-4 accent-[var(--accent)]"
          />
          Include countries only mentioned
        </label>,
      )}
      {group('topic')}
      {group('person')}
      {group('source')}
    </div>
  );
}
