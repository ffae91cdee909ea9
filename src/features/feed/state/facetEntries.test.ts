import { describe, expect, it } from 'vitest';
import { FeedIndex } from '../model/feedIndex';
import { SearchIndex } from '../model/searchIndex';
import { feedState } from '../model/feedState';
import { createFeedNames } from '../names';
import { TEST_RECORDS } from '../testCorpus';
import { activeFilters, removalSuggestions } from './activeFilters';
import { clearFilters, facetEntries } from './facetEntries';

const names = createFeedNames(new Map([['p-aiko-sato', 'Aiko Sato']]), new Map());
const index = new FeedIndex();
index.attachSearch(new SearchIndex());
index.add(TEST_RECORDS);

describe('facetEntries', () => {
  it('orders values by count, then label, and keeps unknown selected values', () => {
    const state = feedState({ country: ['NZ', 'FR'] });
    const result = index.query(state);
    const counts = new Map(
      index.values('country').map((v, i) => [v, result.counts.country[i] ?? 0]),
    );
    const entries = facetEntries('country', counts, state.country, names);
    expect(entries).toEqual([
      { value: 'JP', count: 2, selected: false },
      { value: 'NZ', count: 1, selected: true },
      { value: 'FR', count: 0, selected: true },
    ]);
  });
});

describe('activeFilters and removalSuggestions', () => {
  it('names each selected filter and suggests the removal that brings back the most', () => {
    const state = feedState({ country: ['NZ'], topic: ['medtop:17000000'], q: 'rain' });
    expect(activeFilters(state, names).map((f) => `${f.facetLabel}: ${f.label}`)).toEqual([
      'Country: New Zealand',
      'Topic: Weather',
      'Search: “rain”',
    ]);
    expect(index.query(state).total).toBe(0);
    const [best] = removalSuggestions((next) => index.query(next).total, state, names);
    expect(best?.filter.label).toBe('New Zealand');
    expect(best?.total).toBe(1);
    expect(clearFilters({ ...state, sort: 'quoted' })).toEqual(feedState({ sort: 'quoted' }));
  });
});
