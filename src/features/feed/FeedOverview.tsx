import { TopicChart } from './components/TopicChart';
import { CountryMap } from './map/CountryMap';
import type { FeedIndex, FeedResult } from './model/feedIndex';
import type { FeedState } from './model/feedState';
import type { FeedNames } from './names';
import { toggleValue } from './state/facetEntries';

interface FeedOverviewProps {
  index: FeedIndex;
  result: FeedResult;
  state: FeedState;
  names: FeedNames;
  onChange: (next: FeedState) => void;
}

/**
 * The map of countries and the chart of topics for the current list; clicking either toggles
 * that value in the filters. Loaded as its own chunk beside the list (see FeedPage), so the
 * first cards do not wait for the map's tiles.
 */
export function FeedOverview({ index, result, state, names, onChange }: FeedOverviewProps) {
  const countryCounts = new Map(
    index.values('country').map((code, position) => [code, result.counts.country[position] ?? 0]),
  );
  const topicBars = index.values('topic').map((code, position) => ({
    code,
    label: names.topic(code),
    count: result.counts.topic[position] ?? 0,
  }));
  return (
    <>
      <CountryMap
        counts={countryCounts}
        selected={state.country}
        countryName={names.country}
        onToggle={(code) => onChange(toggleValue(state, 'country', code))}
        includeMentioned={state.includeMentioned}
      />
      <TopicChart
        bars={topicBars}
        selected={state.topic}
        onToggle={(code) => onChange(toggleValue(state, 'topic', code))}
      />
    </>
  );
}
