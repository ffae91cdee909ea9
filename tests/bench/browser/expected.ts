/** What the front page must show for a state, computed in Node from every record of the corpus. */
import type { IndexRecord, Manifest } from '../../../src/core/schema';
import { countryName, topicLabel } from '../../../src/features/feed/names';

export type FacetLabels = Record<string, Record<string, number>>;

interface Filter {
  country?: string;
  topic?: string;
}

const matches = (record: IndexRecord, filter: Filter, skip?: keyof Filter): boolean =>
  (skip === 'country' || !filter.country || record.about.includes(filter.country)) &&
  (skip === 'topic' || !filter.topic || record.topics.includes(filter.topic));

/**
 * The number of results and, per facet group (by its legend), the count each value's label must
 * show: counts of a facet ignore that facet's own selection (values combine with OR).
 */
export function expectedView(
  records: readonly IndexRecord[],
  manifest: Manifest,
  people: ReadonlyMap<string, string>,
  filter: Filter,
): { total: number; facets: FacetLabels } {
  const sources = new Map(manifest.facets.sources.map((source) => [source.id, source.name]));
  const tally = (
    skip: keyof Filter | undefined,
    values: (r: IndexRecord) => string[],
    label: (v: string) => string,
  ) => {
    const counts: Record<string, number> = {};
    for (const record of records) {
      if (!matches(record, filter, skip)) continue;
      for (const value of new Set(values(record)))
        counts[label(value)] = (counts[label(value)] ?? 0) + 1;
    }
    return counts;
  };
  return {
    total: records.filter((record) => matches(record, filter)).length,
    facets: {
      Country: tally('country', (r) => r.about, countryName),
      Topic: tally('topic', (r) => r.topics, topicLabel),
      Person: tally(
        undefined,
        (r) => r.people,
        (id) => people.get(id) ?? id,
      ),
      Source: tally(
        undefined,
        (r) => [r.source],
        (id) => sources.get(id) ?? id,
      ),
    },
  };
}

/** Whether every value the panel showed has the count expected (and how many were checked). */
export function compareFacets(
  shown: Record<string, [string, number][]>,
  expected: FacetLabels,
): { ok: boolean; checked: number; wrong: string[] } {
  let checked = 0;
  const wrong: string[] = [];
  for (const [group, counts] of Object.entries(expected)) {
    for (const [label, count] of shown[group] ?? []) {
      checked++;
      if ((counts[label] ?? 0) !== count)
        wrong.push(`${group} ${label}: ${count}, not ${counts[label] ?? 0}`);
    }
  }
  return { ok: wrong.length === 0 && checked > 0, checked, wrong };
}
