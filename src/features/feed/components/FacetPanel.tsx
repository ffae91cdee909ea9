import { memo, useCallback, type ReactNode } from 'react';
import type { FacetCounts } from '../model/corpusIndex';
import type { FacetName, FeedState } from '../model/feedState';
import type { FeedNames } from '../names';
import { FACET_LABELS, facetList } from '../state/facetEntries';
import { FacetGroup } from './FacetGroup';

interface FacetPanelProps {
  counts: FacetCounts;
  state: FeedState;
  names: FeedNames;
  /** Adds or removes a value from a facet's selection. */
  onToggle: (facet: FacetName, value: string) => void;
  onIncludeMentioned: (includeMentioned: boolean) => void;
}

interface FacetSectionProps {
  facet: FacetName;
  counts: ReadonlyMap<string, number>;
  /** The facet's selected values, joined by newlines (a value, not an array: see memo). */
  selected: string;
  names: FeedNames;
  onToggle: (facet: FacetName, value: string) => void;
  children?: ReactNode;
}

/**
 * One facet, memoised on its counts and its own selection: a click in one facet lists that
 * facet's values again only (thousands of people need not be scanned again for a topic).
 */
const FacetSection = memo(function FacetSection(props: FacetSectionProps) {
  const { facet, counts, selected, names, onToggle, children } = props;
  const list = useCallback(
    (restLimit: (selected: number) => number, matches?: (label: string) => boolean) =>
      facetList(facet, counts, selected ? selected.split('\n') : [], names, restLimit, matches),
    [facet, counts, selected, names],
  );
  return (
    <FacetGroup
      title={FACET_LABELS[facet]}
      list={list}
      labelOf={names[facet]}
      onToggle={(value) => onToggle(facet, value)}
    >
      {children}
    </FacetGroup>
  );
});

/** The four facets; within one, values combine with OR, across them with AND. */
export function FacetPanel({
  counts,
  state,
  names,
  onToggle,
  onIncludeMentioned,
}: FacetPanelProps) {
  const group = (facet: FacetName, children?: ReactNode) => (
    <FacetSection
      key={facet}
      facet={facet}
      counts={counts[facet]}
      selected={state[facet].join('\n')}
      names={names}
      onToggle={onToggle}
    >
      {children}
    </FacetSection>
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
            onChange={() => onIncludeMentioned(!state.includeMentioned)}
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
