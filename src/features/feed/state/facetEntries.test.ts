import { describe, expect, it } from 'vitest';
import { FeedIndex } from '../model/feedIndex';
import { SearchIndex } from '../model/searchIndex';
import { feedState } from '../model/feedState';
import { createFeedNames } from '../names';
import { TEST_RECORDS } from '../testCorpus';
import { activeFilters, removalSuggestions } from './activeFilters';
import { clearFilters, facetList } from './facetEntries';

const names = createFeedNames(new Map([['p-aiko-sato', 'Aiko Sato']]), new Map());
const index = new FeedIndex();
index.attachSearch(new SearchIndex());
index.add(TEST_RECORDS);

describe('facetList', () => {
  it('shows selected values first, then the rest by count and label, and keeps unknown selected values', () => {
    const state = feedState({ country: ['NZ', 'FR'] });
    const result = index.query(state);
    const counts = new Map(
      index.values('country').map((v, i) => [v, result.counts.country[i] ?? 0]),
    );
    const list = facetList('country', counts, state.country, names, () => Infinity);
    expect(list.shown).toEqual([
      { value: 'NZ', count: 1, selected: true },
      { value: 'FR', count: 0, selected: true },
      { value: 'JP', count: 2, selected: false },
    ]);
    expect(list).toMatchObject({ selectedCount: 2, rest: 1, total: 3 });
    expect(facetList('country', counts, state.country, names, () => 0).shown).toHaveLength(2);
  });

  it('keeps the same values a full sort would, for a facet of thousands', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) counts.set(`p-${(i * 7919) % 5000}`, (i * 31) % 97);
    const sorted = [...counts]
      .filter(([value]) => value !== 'p-42')
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([value, count]) => ({ value, count, selected: false }));
    const list = facetList('person', counts, ['p-42'], names, (selected) => 8 - selected);
    expect(list.shown).toEqual([
      { value: 'p-42', count: counts.get('p-42'), selected: true },
      ...sorted.slice(0, 7),
    ]);
    expect(list).toMatchObject({ selectedCount: 1, rest: 4999, total: 5000 });
    const wanted = (label: string) => label.includes('1');
    const named = facetList('person', counts, [], names, () => 200, wanted);
    const all = [...sorted, { value: 'p-42', count: counts.get('p-42') ?? 0, selected: false }]
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
      .filter((entry) => wanted(names.person(entry.value)));
    expect(all.length).toBeGreaterThan(200);
    expect(named.rest).toBe(all.length);
    expect(named.shown).toEqual(all.slice(0, 200));
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
