import { TopicChart } from './components/TopicChart';
import { OVERVIEW_HEIGHT } from './components/overviewHeight';
import { CountryMap } from './map/CountryMap';
import type { FacetCounts } from './model/corpusIndex';
import type { FeedState } from './model/feedState';
import type { FeedNames } from './names';
import { toggleValue } from './state/facetEntries';

export interface FeedOverviewProps {
  /** Counts of the current list, per facet value. */
  counts: FacetCounts;
  state: FeedState;
  names: FeedNames;
  onChange: (next: FeedState) => void;
}

/**
 * The map of countries and the chart of topics for the current list; clicking either toggles
 * that value in the filters. Loaded as its own chunk once the first cards are shown (see
 * OverviewPanel), so the first cards never wait for the map.
 */
export function FeedOverview({ counts, state, names, onChange }: FeedOverviewProps) {
  const topicBars = [...counts.topic].map(([code, count]) => ({
    code,
    label: names.topic(code),
    count,
  }));
  return (
    <>
      <div className={OVERVIEW_HEIGHT}>
        <CountryMap
          counts={counts.country}
          selected={state.country}
          countryName={names.country}
          onToggle={(code) => onChange(toggleValue(state, 'country', code))}
          includeMentioned={state.includeMentioned}
          onIncludeMentioned={(includeMentioned) => onChange({ ...state, includeMentioned })}
        />
      </div>
      <div className={OVERVIEW_HEIGHT}>
        <TopicChart
          bars={topicBars}
          selected={state.topic}
          onToggle={(code) => onChange(toggleValue(state, 'topic', code))}
        />
      </div>
    </>
  );
}
