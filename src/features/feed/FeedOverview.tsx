import { useCallback } from 'react';
import { TopicChart } from './components/TopicChart';
import { OVERVIEW_HEIGHT } from './components/overviewHeight';
import { CountryMap } from './map/CountryMap';
import type { FacetCounts } from './model/corpusIndex';
import type { FeedState } from './model/feedState';
import type { FeedNames } from './names';

export interface FeedOverviewProps {
  /** Counts of the current list, per facet value. */
  counts: FacetCounts;
  /** The state the counts are of. */
  state: FeedState;
  names: FeedNames;
  /** Adds or removes a country or topic from the filters. */
  onToggle: (facet: 'country' | 'topic', value: string) => void;
  onIncludeMentioned: (includeMentioned: boolean) => void;
}

/**
 * The map of countries and the chart of topics for the current list; clicking either toggles
 * that value in the filters. Loaded as its own chunk once the first cards are shown (see
 * OverviewPanel), so the first cards never wait for the map.
 */
export function FeedOverview({
  counts,
  state,
  names,
  onToggle,
  onIncludeMentioned,
}: FeedOverviewProps) {
  const toggleCountry = useCallback((code: string) => onToggle('country', code), [onToggle]);
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
          onToggle={toggleCountry}
          includeMentioned={state.includeMentioned}
          onIncludeMentioned={onIncludeMentioned}
        />
      </div>
      <div className={OVERVIEW_HEIGHT}>
        <TopicChart
          bars={topicBars}
          selected={state.topic}
          onToggle={(code) => onToggle('topic', code)}
        />
      </div>
    </>
  );
}
