import { useCallback } from 'react';
import { countryName as tableCountryName } from '@/lib/countryNames';
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
  // The map names every country of the world, most of them outside the manifest: from the app's
  // table (the same names as the manifest's), not the browser's tables (see ../names.ts).
  const countryName = useCallback(
    (code: string) => {
      const name = tableCountryName(code);
      return name === code ? names.country(code) : name;
    },
    [names],
  );
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
          countryName={countryName}
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
